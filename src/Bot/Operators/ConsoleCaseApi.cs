using System.Text;
using System.Text.Json;
using HotlineBot.Content;
using HotlineBot.Handoff;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using static HotlineBot.Operators.ConsoleViews;

namespace HotlineBot.Operators;

/// <summary>The queue and case endpoints of the console (policy <see cref="ConsolePolicies.Cases"/>; anti-forgery on every POST).</summary>
public static class ConsoleCaseApi
{
    private const int MaxText = 2000;

    public static RouteGroupBuilder MapConsoleCases(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("").RequireAuthorization(ConsolePolicies.Cases).RequireConsoleAntiforgery();
        cases.MapGet("/queue", (HttpContext http, ConsoleReader reader) => reader.QueueAsync(User(http), http.RequestAborted));
        cases.MapGet("/events", QueueEventsAsync);
        cases.MapGet("/canned", (HotlineContent content) => content.Messages.Variants(MessageIds.HandoffCanned));
        cases.MapGet("/outcomes", () => CaseOutcomes.All);
        cases.MapGet("/staff", StaffAsync);
        cases.MapPost("/cases/next/claim", (HttpContext http, CaseDesk desk) => ClaimAsync(null, http, desk));
        cases.MapPost("/cases/{id}/claim", (string id, HttpContext http, CaseDesk desk) => ClaimAsync(id, http, desk));
        cases.MapGet("/cases/{id}", CaseAsync);
        cases.MapGet("/cases/{id}/transcript", TranscriptAsync);
        cases.MapGet("/cases/{id}/events", CaseEventsAsync);
        cases.MapPost("/cases/{id}/messages", async (string id, TextRequest body, HttpContext http, CaseDesk desk) =>
            Text(body) is { } text ? Map(await desk.SayAsync(id, User(http), text, http.RequestAborted)) : TooLong());
        cases.MapPost("/cases/{id}/typing", async (string id, HttpContext http, CaseDesk desk) => Map(await desk.TypingAsync(id, User(http), http.RequestAborted)));
        cases.MapPost("/cases/{id}/notes", async (string id, TextRequest body, HttpContext http, CaseDesk desk) =>
            Text(body) is { } text ? Map(await desk.NoteAsync(id, User(http), text, http.RequestAborted)) : TooLong());
        cases.MapPost("/cases/{id}/refer", async (string id, ReferRequest body, HttpContext http, CaseDesk desk) =>
            body.PlaceId is { Length: > 0 and <= 64 } place ? Map(await desk.ReferAsync(id, User(http), place, http.RequestAborted)) : Bad("Cần placeId."));
        cases.MapPost("/cases/{id}/transfer", TransferAsync);
        cases.MapPost("/cases/{id}/close", async (string id, CloseRequest body, HttpContext http, CaseDesk desk) =>
            CaseOutcomes.All.Contains(body.Outcome ?? "")
                ? Map(await desk.CloseAsync(id, User(http), body.Outcome!, http.RequestAborted))
                : Bad("outcome phải là một trong: " + string.Join(", ", CaseOutcomes.All)));
        return api;
    }

    private static ConsoleUser User(HttpContext http) => ConsoleUser.From(http.User);

    private static async Task QueueEventsAsync(HttpContext http, ConsoleReader reader, HandoffStore store, HandoffSignals signals)
    {
        var user = User(http);
        try
        {
            await ConsoleEventStream.RunAsync(http, signals, HandoffSignals.QueueTopic, "queue",
                async ct => await reader.QueueAsync(user, ct),
                () => store.HeartbeatAsync(user.Actor));
        }
        finally
        {
            await store.OfflineAsync(user.Actor);
        }
    }

    private static async Task<Results<Ok<Claimed>, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> ClaimAsync(string? id, HttpContext http, CaseDesk desk)
    {
        var (result, caseId) = await desk.ClaimAsync(id, User(http), http.RequestAborted);
        return result switch
        {
            DeskResult.Done => TypedResults.Ok(new Claimed(caseId!)),
            DeskResult.NotFound => TypedResults.NotFound(Problem(404, id is null ? "Hàng chờ đang trống." : "Không có ca này.")),
            _ => TypedResults.Conflict(Problem(409, "Ca này đã có người nhận.")),
        };
    }

    private static async Task<IResult> CaseAsync(string id, HttpContext http, CaseDesk desk, ConsoleReader reader)
    {
        var (result, c) = await desk.OpenAsync(id, User(http), http.RequestAborted);
        return result == DeskResult.Done ? TypedResults.Ok(await reader.CaseAsync(c!, User(http), http.RequestAborted)) : Map(result);
    }

    private static async Task<IResult> TranscriptAsync(string id, HttpContext http, CaseDesk desk, ConsoleReader reader)
    {
        var (result, c) = await desk.OpenAsync(id, User(http), http.RequestAborted);
        return result == DeskResult.Done ? TypedResults.Ok(await reader.TranscriptAsync(c!, User(http), http.RequestAborted)) : Map(result);
    }

    /// <summary>The live conversation of a case: event <c>lines</c> (new lines), <c>typing</c> (who types, or null), <c>status</c>.</summary>
    private static async Task CaseEventsAsync(string id, HttpContext http, CaseDesk desk, HandoffStore store, HandoffSignals signals)
    {
        var user = User(http);
        var (result, _) = await desk.CheckAsync(id, user, http.RequestAborted);
        if (result != DeskResult.Done)
        {
            await Map(result).ExecuteAsync(http);
            return;
        }
        var session = await SessionWatch.StartAsync(http);
        var seen = 0;
        string? typing = null;
        string? status = null;
        var aborted = http.RequestAborted;
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        using var listener = signals.Listen(HandoffSignals.CaseTopic(id));
        var quiet = TimeSpan.Zero;
        try
        {
            while (!aborted.IsCancellationRequested && await session.IsLiveAsync(aborted))
            {
                var wrote = false;
                // Three independent reads, in flight together.
                var reading = store.ReadAsync(id, seen);
                var typingNow = store.TypingAsync(id);
                var current = desk.CheckAsync(id, user, aborted);
                var lines = await reading;
                if (lines.Count > 0)
                {
                    seen = lines[^1].Seq;
                    wrote |= await WriteAsync(http, "lines", lines, aborted);
                }
                var nowTyping = await typingNow;
                if (nowTyping != typing)
                {
                    typing = nowTyping;
                    wrote |= await WriteAsync(http, "typing", typing, aborted);
                }
                var (_, c) = await current;
                var nowStatus = c?.Status.ToString().ToLowerInvariant() ?? "gone";
                if (nowStatus != status)
                {
                    status = nowStatus;
                    wrote |= await WriteAsync(http, "status", status, aborted);
                }
                if (!wrote && (quiet += ConsoleEventStream.Poll) >= ConsoleEventStream.KeepAlive)
                {
                    await http.Response.Body.WriteAsync(": keep-alive\n\n"u8.ToArray(), aborted);
                    await http.Response.Body.FlushAsync(aborted);
                    quiet = TimeSpan.Zero;
                }
                // Typing lasts a few seconds: look again soon while someone types.
                await listener.WaitAsync(typing is null ? ConsoleEventStream.Poll : TimeSpan.FromSeconds(1), aborted);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // the console closed the stream
        }
    }

    private static async Task<bool> WriteAsync<T>(HttpContext http, string name, T data, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(data, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes($"event: {name}\ndata: {json}\n\n"), cancellationToken);
        await http.Response.Body.FlushAsync(cancellationToken);
        return true;
    }

    private static async Task<IResult> TransferAsync(string id, TransferRequest body, HttpContext http, CaseDesk desk, OperatorAccountStore accounts)
    {
        var to = body.To is { Length: > 0 } name ? await accounts.GetAsync(name.Trim().ToLowerInvariant(), http.RequestAborted) : null;
        if (to is null || to.Role is not (OperatorRoles.Operator or OperatorRoles.Supervisor or OperatorRoles.Admin))
        {
            return Bad("Không có tư vấn viên hoặc giám sát viên tên này.");
        }
        return Map(await desk.TransferAsync(id, User(http), to, http.RequestAborted));
    }

    private static async Task<IReadOnlyList<StaffMember>> StaffAsync(OperatorAccountStore accounts, HttpContext http) =>
        [.. (await accounts.ListAsync(http.RequestAborted))
            .Where(a => a.Role is OperatorRoles.Operator or OperatorRoles.Supervisor or OperatorRoles.Admin)
            .Select(a => new StaffMember(a.Id, a.Name, a.Role))];

    private static string? Text(TextRequest body) =>
        body.Text?.Trim() is { Length: > 0 and <= MaxText } text ? text : null;

    private static IResult TooLong() => Bad($"Tin nhắn cần từ 1 đến {MaxText} ký tự.");

    private static IResult Bad(string reason) => TypedResults.BadRequest(Problem(400, reason));

    internal static IResult Map(DeskResult result) => result switch
    {
        DeskResult.Done => TypedResults.NoContent(),
        DeskResult.NotFound => TypedResults.NotFound(Problem(404, "Không tìm thấy.")),
        DeskResult.NotYours => TypedResults.Json(Problem(403, "Ca này do người khác phụ trách."), statusCode: 403),
        _ => TypedResults.Conflict(Problem(409, "Ca không ở trạng thái cho phép việc này.")),
    };

    private static ProblemDetails Problem(int status, string detail) => new() { Status = status, Detail = detail };
}

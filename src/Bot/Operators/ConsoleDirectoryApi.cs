using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using HotlineBot.Referral.Directory;
using HotlineBot.Referral.Gazetteer;
using Microsoft.AspNetCore.Mvc;

namespace HotlineBot.Operators;

/// <summary>
/// The directory of places of help, for staff, under <c>/console/api/directory</c>. Supervisors and admins
/// (<see cref="ConsolePolicies.Supervise"/>) list, search and read places — operators-only addresses included, staff
/// only — and change capacity and open/close a place: the day-to-day facts a shift learns on the phone. Adding a place
/// and editing its description is for admins (<see cref="ConsolePolicies.Administer"/>). Operators see places only
/// through their case views. Every change is made atomically in Redis by <see cref="RedisPlaceStore"/> and audited
/// with the signed-in account's id; places are validated by the import's own rules (<see cref="PlaceValidator"/>),
/// refused with the reasons in Vietnamese field by field. An edit names the revision it started from
/// (<c>If-Match: "3"</c>, the <c>version</c> of the last read): a stale edit is refused with 409.
/// </summary>
public static class ConsoleDirectoryApi
{
    /// <summary>A place for staff: its revision, the province's name, and every field (the import JSON shape).</summary>
    public sealed record DirectoryEntry(long Version, string ProvinceName, JsonObject Place);

    public sealed record DirectoryPage(IReadOnlyList<DirectoryEntry> Items, int Total, int Page, int Pages);

    public sealed record Area(string Id, string Name);

    public sealed record CommuneName(string Name, string ProvinceId);

    public sealed record Areas(IReadOnlyList<Area> Provinces, IReadOnlyList<CommuneName> Communes);

    /// <summary>Either <see cref="Delta"/> (places taken, negative, or freed, positive) or a new <see cref="Total"/>.</summary>
    public sealed record CapacityRequest(int? Delta, int? Total);

    public sealed record StatusRequest(string? Status);

    public static RouteGroupBuilder MapConsoleDirectory(this RouteGroupBuilder api)
    {
        var directory = api.MapGroup("/directory").RequireConsoleAntiforgery();
        var read = directory.MapGroup("").RequireAuthorization(ConsolePolicies.Supervise);
        read.MapGet("/areas", AreasOf);
        read.MapGet("/places", ListAsync);
        read.MapGet("/places/{id}", GetAsync);
        read.MapPost("/places/{id}/capacity", CapacityAsync);
        read.MapPost("/places/{id}/status", StatusAsync);
        var admin = directory.MapGroup("").RequireAuthorization(ConsolePolicies.Administer);
        admin.MapPost("/places", CreateAsync);
        admin.MapPut("/places/{id}", EditAsync);
        return api;
    }

    private static Areas AreasOf(Gazetteer gazetteer) => new(
        [.. gazetteer.Provinces.Select(p => new Area(p.Id, p.Name)).OrderBy(a => PlaceFold.Fold(a.Name), StringComparer.Ordinal)],
        [.. gazetteer.Communes.Select(c => new CommuneName(c.Name, c.ProvinceId))]);

    private static async Task<IResult> ListAsync(HttpContext http, RedisPlaceStore places, Gazetteer gazetteer)
    {
        var query = http.Request.Query;
        var problems = new Dictionary<string, string[]>();
        string? province = null;
        if (query["province"].ToString() is { Length: > 0 } provinceText)
        {
            province = gazetteer.Province(provinceText)?.Id;
            if (province is null)
            {
                problems["province"] = [$"Không có tỉnh/thành '{provinceText}'."];
            }
        }
        HelpKind? kind = null;
        if (query["kind"].ToString() is { Length: > 0 } kindText)
        {
            if (PlaceCodes.TryKind(kindText, out var k))
            {
                kind = k;
            }
            else
            {
                problems["kind"] = [$"Loại phải là một trong: {PlaceCodes.KindNames}."];
            }
        }
        PlaceStatus? status = null;
        if (query["status"].ToString() is { Length: > 0 } statusText)
        {
            if (PlaceCodes.TryStatus(statusText, out var s))
            {
                status = s;
            }
            else
            {
                problems["status"] = ["Trạng thái phải là active hoặc temporarily-closed."];
            }
        }
        var page = Whole(query["page"], 1, "page", problems);
        var pageSize = Whole(query["pageSize"], 25, "pageSize", problems);
        var text = query["q"].ToString();
        if (text.Length > 100)
        {
            problems["q"] = ["Từ khoá dài quá 100 ký tự."];
        }
        if (problems.Count > 0)
        {
            return Invalid(problems);
        }
        var search = new PlaceSearch(province, kind, status, text, page, Math.Min(pageSize, PlaceSearch.MaxPageSize));
        var found = search.Apply(await places.ListAsync(http.RequestAborted));
        return TypedResults.Ok(new DirectoryPage([.. found.Items.Select(s => Entry(s, gazetteer))], found.Total, found.Page, found.Pages));
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, RedisPlaceStore places, Gazetteer gazetteer) =>
        await places.GetStoredAsync(id, http.RequestAborted) is { } stored ? Found(http, stored, gazetteer) : NotFound();

    private static async Task<IResult> CreateAsync(JsonElement body, HttpContext http, RedisPlaceStore places, Gazetteer gazetteer, ILoggerFactory logs)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return Bad("Cần một đối tượng JSON mô tả nơi hỗ trợ.");
        }
        var problems = new List<PlaceProblem>();
        var fields = PlaceJson.Fields(body, problems);
        if (!fields.TryGetValue("id", out var id) || id.Trim().Length == 0)
        {
            fields["id"] = "place-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        }
        var place = PlaceValidator.Validate(fields, gazetteer, problems);
        if (place is null || problems.Count > 0)
        {
            return Invalid(problems);
        }
        var me = ConsoleUser.From(http.User);
        var saved = await places.CreateAsync(place, me.Actor, http.RequestAborted);
        if (saved.Result == PlaceSaveResult.AlreadyExists)
        {
            return Invalid([new PlaceProblem("id", "", $"Mã '{place.Id}' đã có một nơi khác dùng.")], StatusCodes.Status409Conflict);
        }
        Log(logs, place.Id, "created", me);
        http.Response.Headers.Location = $"/console/api/directory/places/{place.Id}";
        return await Reread(http, places, gazetteer, place.Id, StatusCodes.Status201Created);
    }

    private static async Task<IResult> EditAsync(string id, JsonElement body, HttpContext http, RedisPlaceStore places, Gazetteer gazetteer, ILoggerFactory logs)
    {
        var stored = await places.GetStoredAsync(id, http.RequestAborted);
        if (stored is null)
        {
            return NotFound();
        }
        if (!TryRevision(http.Request.Headers.IfMatch.ToString(), out var revision))
        {
            return TypedResults.Problem(
                "Thiếu phiên bản đang sửa (tiêu đề If-Match, ví dụ \"3\"): hãy mở lại nơi này rồi sửa.",
                statusCode: StatusCodes.Status428PreconditionRequired);
        }
        if (body.ValueKind != JsonValueKind.Object)
        {
            return Bad("Cần một đối tượng JSON mô tả nơi hỗ trợ.");
        }
        var problems = new List<PlaceProblem>();
        var fields = PlaceJson.Fields(body, problems);
        if (fields.TryGetValue("id", out var bodyId) && bodyId.Trim().Length > 0 && bodyId.Trim() != id)
        {
            problems.Add(new PlaceProblem("id", "", "Không đổi được mã của một nơi đã có."));
        }
        fields["id"] = id;
        // Capacity is not edited here (it changes atomically through /capacity); the stored figures pass the rules.
        fields["capacity_total"] = stored.Place.CapacityTotal.ToString(CultureInfo.InvariantCulture);
        fields["capacity_available"] = stored.Place.CapacityAvailable.ToString(CultureInfo.InvariantCulture);
        var place = PlaceValidator.Validate(fields, gazetteer, problems);
        if (place is null || problems.Count > 0)
        {
            return Invalid(problems);
        }
        var me = ConsoleUser.From(http.User);
        var saved = await places.EditAsync(place, revision, me.Actor, http.RequestAborted);
        switch (saved.Result)
        {
            case PlaceSaveResult.NotFound:
                return NotFound();
            case PlaceSaveResult.Stale:
                return TypedResults.Conflict(new ProblemDetails
                {
                    Status = StatusCodes.Status409Conflict,
                    Detail = $"Người khác đã sửa nơi này trong lúc bạn sửa (bạn sửa từ phiên bản {revision}, hiện là {saved.Revision}). Hãy mở lại để xem thay đổi rồi sửa tiếp.",
                    Extensions = { ["version"] = saved.Revision },
                });
            case PlaceSaveResult.Written:
                Log(logs, id, "edited", me);
                break;
        }
        return await Reread(http, places, gazetteer, id, StatusCodes.Status200OK);
    }

    private static async Task<IResult> CapacityAsync(string id, CapacityRequest body, HttpContext http, RedisPlaceStore places, Gazetteer gazetteer)
    {
        var me = ConsoleUser.From(http.User);
        CapacityChange change;
        if (body is { Delta: { } delta, Total: null } && delta is >= -10_000 and <= 10_000 and not 0)
        {
            change = await places.ChangeCapacityAsync(id, delta, me.Actor, http.RequestAborted);
            if (!change.Applied && !change.Unknown)
            {
                return TypedResults.Conflict(new ProblemDetails
                {
                    Status = StatusCodes.Status409Conflict,
                    Detail = $"Không đổi được: số chỗ trống phải từ 0 đến tổng số chỗ (hiện còn {change.Available} chỗ trống).",
                });
            }
        }
        else if (body is { Total: { } total, Delta: null } && PlaceValidator.IsCapacity(total))
        {
            change = await places.SetCapacityTotalAsync(id, total, me.Actor, http.RequestAborted);
        }
        else
        {
            return Invalid(new Dictionary<string, string[]>
            {
                ["capacity"] = ["Cần đúng một trong hai: delta (số chỗ thêm/bớt, khác 0) hoặc total (tổng số chỗ, từ 0 đến 10000)."],
            });
        }
        return change.Unknown ? NotFound() : await Reread(http, places, gazetteer, id, StatusCodes.Status200OK);
    }

    private static async Task<IResult> StatusAsync(string id, StatusRequest body, HttpContext http, RedisPlaceStore places, Gazetteer gazetteer, ILoggerFactory logs)
    {
        if (!PlaceCodes.TryStatus(body.Status ?? "", out var status))
        {
            return Invalid(new Dictionary<string, string[]> { ["status"] = ["Trạng thái phải là active (đang hoạt động) hoặc temporarily-closed (tạm đóng)."] });
        }
        var me = ConsoleUser.From(http.User);
        var saved = await places.SetStatusAsync(id, status, me.Actor, http.RequestAborted);
        if (saved.Result == PlaceSaveResult.NotFound)
        {
            return NotFound();
        }
        if (saved.Result == PlaceSaveResult.Written)
        {
            Log(logs, id, status == PlaceStatus.Active ? "reopened" : "closed", me);
        }
        return await Reread(http, places, gazetteer, id, StatusCodes.Status200OK);
    }

    private static async Task<IResult> Reread(HttpContext http, RedisPlaceStore places, Gazetteer gazetteer, string id, int status)
    {
        var stored = await places.GetStoredAsync(id, http.RequestAborted);
        if (stored is null)
        {
            return NotFound();
        }
        http.Response.Headers.ETag = Tag(stored.Revision);
        return TypedResults.Json(Entry(stored, gazetteer), statusCode: status);
    }

    private static IResult Found(HttpContext http, StoredPlace stored, Gazetteer gazetteer)
    {
        http.Response.Headers.ETag = Tag(stored.Revision);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(Entry(stored, gazetteer));
    }

    private static DirectoryEntry Entry(StoredPlace stored, Gazetteer gazetteer) =>
        new(stored.Revision, gazetteer.Province(stored.Place.ProvinceId)?.Name ?? stored.Place.ProvinceId, PlaceJson.ToJson(stored.Place));

    private static string Tag(long revision) => "\"" + revision.ToString(CultureInfo.InvariantCulture) + "\"";

    private static bool TryRevision(string ifMatch, out long revision) =>
        long.TryParse(ifMatch.Trim().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out revision);

    private static int Whole(string? text, int fallback, string name, Dictionary<string, string[]> problems)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 100_000)
        {
            return value;
        }
        problems[name] = ["Phải là số nguyên dương."];
        return fallback;
    }

    private static void Log(ILoggerFactory logs, string placeId, string change, ConsoleUser me) =>
        logs.CreateLogger(typeof(ConsoleDirectoryApi)).LogInformation("Place {PlaceId} {Change} by {AccountId}", placeId, change, me.Actor);

    private static IResult Invalid(IEnumerable<PlaceProblem> problems, int status = StatusCodes.Status400BadRequest) =>
        Invalid(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Vietnamese).ToArray()), status);

    private static IResult Invalid(Dictionary<string, string[]> errors, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Json(
            new HttpValidationProblemDetails(errors) { Status = status, Detail = "Thông tin chưa hợp lệ: xem lý do bên cạnh từng ô." },
            statusCode: status,
            contentType: "application/problem+json");

    private static IResult Bad(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest);

    private static IResult NotFound() => TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Detail = "Không có nơi hỗ trợ này trong danh bạ." });
}

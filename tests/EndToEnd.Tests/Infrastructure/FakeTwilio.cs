using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HotlineBot.EndToEnd.Infrastructure;

/// <summary>
/// A fake Twilio REST API: a real Kestrel server on a free loopback port that records every
/// <c>POST /2010-04-01/Accounts/{sid}/Messages.json</c> and answers 201, or the scripted statuses first (429, 500, 400 + code).
/// </summary>
public sealed class FakeTwilio : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, int? Code)> _script = new();
    private readonly ConcurrentQueue<SentMessage> _sent = new();
    private readonly ConcurrentQueue<SentMessage> _attempts = new();
    private int _counter;

    private FakeTwilio(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Requests answered 201, in order.</summary>
    public IReadOnlyList<SentMessage> Sent => _sent.ToList();

    /// <summary>Every request, whatever it was answered.</summary>
    public IReadOnlyList<SentMessage> Attempts => _attempts.ToList();

    /// <summary>The next requests get these answers, in order, before the 201s resume.</summary>
    public void AnswerNext(int status, int? code = null) => _script.Enqueue((status, code));

    /// <summary>Forgets the scripted answers not yet given.</summary>
    public void ClearScript() => _script.Clear();

    public static async Task<FakeTwilio> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeTwilio(app);
        app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", fake.HandleAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return fake;
    }

    /// <summary>Waits until <paramref name="count"/> messages were accepted (or the timeout passes) and returns them.</summary>
    public async Task<IReadOnlyList<SentMessage>> WaitForSentAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (_sent.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        return Sent;
    }

    private async Task<IResult> HandleAsync(HttpContext http, string accountSid)
    {
        var form = await http.Request.ReadFormAsync();
        var message = new SentMessage(accountSid, http.Request.Headers.Authorization.ToString(),
            form.ToDictionary(f => f.Key, f => f.Value.ToString()), DateTime.UtcNow);
        _attempts.Enqueue(message);
        if (_script.TryDequeue(out var scripted))
        {
            var body = scripted.Code is { } code
                ? $$"""{"code":{{code}},"message":"refused","more_info":"https://www.twilio.com/docs/errors/{{code}}","status":{{scripted.Status}}}"""
                : """{"message":"busy"}""";
            return Results.Content(body, "application/json", Encoding.UTF8, scripted.Status);
        }
        var sid = $"SM{Interlocked.Increment(ref _counter):x32}";
        _sent.Enqueue(message);
        return Results.Content($$"""{"sid":"{{sid}}","status":"queued"}""", "application/json", Encoding.UTF8, StatusCodes.Status201Created);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request the fake Twilio received: account in the path, Authorization header, form fields.</summary>
public sealed record SentMessage(string AccountSid, string Authorization, IReadOnlyDictionary<string, string> Form, DateTime At)
{
    public string Body => Form.TryGetValue("Body", out var body) ? body : "";
}

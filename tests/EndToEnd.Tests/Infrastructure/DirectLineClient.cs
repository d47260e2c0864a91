using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HotlineBot.EndToEnd.Infrastructure;

/// <summary>A citizen's Direct Line client over real HTTP, as raw JSON, for end-to-end tests.</summary>
public sealed class DirectLineClient(string directLineUrl) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private int _watermark;
    private int _sent;

    public string Token { get; private set; } = "";

    public string ConversationId { get; private set; } = "";

    public string StreamUrl { get; private set; } = "";

    public string UserId { get; private init; } = "citizen-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The same citizen (token, conversation, watermark) talking to another instance or a restarted service.</summary>
    public DirectLineClient On(string otherDirectLineUrl) => new(otherDirectLineUrl)
    {
        Token = Token,
        ConversationId = ConversationId,
        StreamUrl = StreamUrl,
        UserId = UserId,
        _watermark = _watermark,
        _sent = _sent,
    };

    /// <summary>tokens/generate then POST conversations, as our web chat does.</summary>
    public async Task StartAsync()
    {
        var generated = await ReadJsonAsync(await _http.PostAsync(directLineUrl + "/tokens/generate", null));
        await StartAsync(generated["token"]!.GetValue<string>());
    }

    /// <summary>POST conversations with a token vended elsewhere (e.g. the console's collaborator token).</summary>
    public async Task StartAsync(string vendedToken)
    {
        Token = vendedToken;
        var started = await SendAsync(HttpMethod.Post, "/conversations", null);
        started.EnsureSuccessStatusCode();
        var body = await ReadJsonAsync(started);
        ConversationId = body["conversationId"]!.GetValue<string>();
        Token = body["token"]!.GetValue<string>();
        StreamUrl = body["streamUrl"]!.GetValue<string>();
    }

    public async Task<string> SayAsync(string text, JsonObject? extra = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = UserId, ["role"] = "user" },
            ["locale"] = "vi-VN",
            ["channelData"] = new JsonObject { ["clientActivityID"] = $"client-{++_sent}" },
        };
        foreach (var (key, value) in extra ?? [])
        {
            activity[key] = value?.DeepClone();
        }
        var response = await SendAsync(HttpMethod.Post, $"/conversations/{ConversationId}/activities", activity.ToJsonString());
        response.EnsureSuccessStatusCode();
        return (await ReadJsonAsync(response))["id"]!.GetValue<string>();
    }

    /// <summary>Activities since the last call (polling), advancing the watermark.</summary>
    public async Task<List<JsonObject>> ReceiveAsync()
    {
        var response = await SendAsync(HttpMethod.Get, $"/conversations/{ConversationId}/activities?watermark={_watermark}", null);
        response.EnsureSuccessStatusCode();
        var set = await ReadJsonAsync(response);
        _watermark = int.Parse(set["watermark"]!.GetValue<string>());
        return set["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
    }

    /// <summary>The texts of the bot's messages since the last call.</summary>
    public async Task<List<string>> BotSaysAsync() =>
        (await ReceiveAsync()).Where(a => a["from"]?["role"]?.GetValue<string>() == "bot" && a["type"]?.GetValue<string>() == "message")
            .Select(a => a["text"]?.GetValue<string>() ?? "").ToList();

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json, string? bearer = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(method, directLineUrl + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer ?? Token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        return _http.SendAsync(request);
    }

    public static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public void Dispose() => _http.Dispose();
}

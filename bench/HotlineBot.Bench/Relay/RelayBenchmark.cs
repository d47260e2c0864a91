using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using HotlineBot.Operators;
using HotlineBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HotlineBot.Bench.Relay;

/// <summary>
/// Citizen ↔ operator relay across two instances sharing one redis-server (appendfsync always): N citizens on web chat
/// on instance A (Direct Line WebSocket streams), one operator on instance B holding all N cases (one server-sent-event
/// stream per case). Each round every citizen sends one message at once, then the operator answers every case at once;
/// latency is from the start of the POST to the line arriving at the other side. Target: p99 ≤ 200 ms with 100 cases.
/// Args: [cases] [rounds] (defaults 100 and 10).
/// </summary>
public sealed class RelayBenchmark : IBenchmark
{
    private const string Password = "relay-benchmark-password";

    public string Name => "relay";

    public string Summary => "citizen <-> operator relay across two instances, N simultaneous cases: p50/p99 each way";

    public async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var cases = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
        var rounds = args.Count > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        await using var redis = await RedisServer.StartAsync();
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await using var a = await RelayInstance.StartAsync(redis.ConnectionString, key);
        await using var b = await RelayInstance.StartAsync(redis.ConnectionString, key);
        await b.Services.GetRequiredService<OperatorAccountStore>().SaveAsync("bench-op", OperatorRoles.Operator, Password);

        var atCitizen = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var atOperator = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        using var stop = new CancellationTokenSource();
        using var citizenHttp = new HttpClient { BaseAddress = new Uri(a.BaseUrl) };
        var citizens = await Task.WhenAll(Enumerable.Range(0, cases).Select(_ => StartCitizenAsync(citizenHttp, atCitizen, stop.Token)));

        using var operatorHttp = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(b.BaseUrl) };
        var csrf = await SignInAsync(operatorHttp);
        var caseIds = new List<string>();
        while (caseIds.Count < cases)
        {
            var claimed = await PostAsync(operatorHttp, csrf, "/console/api/cases/next/claim", new JsonObject());
            if (claimed.StatusCode == HttpStatusCode.OK)
            {
                caseIds.Add((await claimed.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!.GetValue<string>());
            }
            else
            {
                await Task.Delay(50); // a citizen's "gặp tư vấn viên" turn not finished yet
            }
        }
        var streams = caseIds.Select(id => ReadCaseEventsAsync(operatorHttp, id, atOperator, stop.Token)).ToList();
        await Task.Delay(1000); // every stream open and past its first event

        var toOperator = new List<double>();
        var toCitizen = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            toOperator.AddRange(await MeasureAsync(atOperator, citizens.Select((c, i) => ($"c{round}-{i}", (Func<string, Task>)(text => c.SayAsync(citizenHttp, text)))).ToList()));
            toCitizen.AddRange(await MeasureAsync(atCitizen, caseIds.Select((id, i) => ($"o{round}-{i}", (Func<string, Task>)(text => PostAsync(operatorHttp, csrf, $"/console/api/cases/{id}/messages", new JsonObject { ["text"] = text })))).ToList()));
        }
        await stop.CancelAsync();

        Console.WriteLine($"relay: {cases} simultaneous cases, {rounds} rounds, citizens on instance A (web chat, WebSocket), operator on instance B (SSE), one redis-server (appendfsync always)");
        Report("citizen -> operator", toOperator);
        Report("operator -> citizen", toCitizen);
        var p99 = Math.Max(Percentile(toOperator, 0.99), Percentile(toCitizen, 0.99));
        Console.WriteLine($"  target p99 <= 200 ms: {(p99 <= 200 ? "met" : "MISSED")}");
        return 0;
    }

    private static async Task<List<double>> MeasureAsync(ConcurrentDictionary<string, long> arrived, List<(string Text, Func<string, Task> Send)> sends)
    {
        var started = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        await Task.WhenAll(sends.Select(s => Task.Run(async () =>
        {
            started[s.Text] = Stopwatch.GetTimestamp();
            await s.Send(s.Text);
        })));
        var deadline = Stopwatch.StartNew();
        while (sends.Any(s => !arrived.ContainsKey(s.Text)) && deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(5);
        }
        var missing = sends.Count(s => !arrived.ContainsKey(s.Text));
        if (missing > 0)
        {
            Console.WriteLine($"  !! {missing} messages never arrived");
        }
        return [.. sends.Where(s => arrived.ContainsKey(s.Text)).Select(s => Stopwatch.GetElapsedTime(started[s.Text], arrived[s.Text]).TotalMilliseconds)];
    }

    private static void Report(string what, List<double> ms) =>
        Console.WriteLine($"  {what}: {ms.Count} messages   p50 {Percentile(ms, 0.5):F1} ms   p99 {Percentile(ms, 0.99):F1} ms   max {ms.DefaultIfEmpty().Max():F1} ms");

    private static double Percentile(List<double> values, double q)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];
    }

    private static async Task<string> SignInAsync(HttpClient http)
    {
        var csrf = (await http.GetFromJsonAsync<JsonObject>("/console/api/antiforgery"))!["token"]!.GetValue<string>();
        (await PostAsync(http, csrf, "/console/api/login", new JsonObject { ["name"] = "bench-op", ["password"] = Password })).EnsureSuccessStatusCode();
        return (await http.GetFromJsonAsync<JsonObject>("/console/api/antiforgery"))!["token"]!.GetValue<string>();
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string csrf, string path, JsonObject body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", csrf);
        return http.SendAsync(request);
    }

    private static async Task<RelayCitizen> StartCitizenAsync(HttpClient http, ConcurrentDictionary<string, long> arrived, CancellationToken stop)
    {
        var token = (await (await http.PostAsync("/v3/directline/tokens/generate", null)).Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new("Bearer", token);
        var conversation = (await (await http.SendAsync(start)).Content.ReadFromJsonAsync<JsonObject>())!;
        var citizen = new RelayCitizen(conversation["conversationId"]!.GetValue<string>(), conversation["token"]!.GetValue<string>());
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(conversation["streamUrl"]!.GetValue<string>()), stop);
        _ = ReadStreamAsync(socket, arrived, stop);
        await citizen.SayAsync(http, "gặp tư vấn viên");
        return citizen;
    }

    private static async Task ReadStreamAsync(ClientWebSocket socket, ConcurrentDictionary<string, long> arrived, CancellationToken stop)
    {
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var frame = await socket.ReceiveAsync(buffer, stop);
                message.Write(buffer, 0, frame.Count);
                if (!frame.EndOfMessage)
                {
                    continue;
                }
                var now = Stopwatch.GetTimestamp();
                if (message.Length > 0 && JsonNode.Parse(message.ToArray())?["activities"] is JsonArray activities)
                {
                    // Only what the bot side sends: the citizen's own messages come back as echoes too.
                    foreach (var text in activities.Where(x => x?["from"]?["role"]?.GetValue<string>() == "bot").Select(x => x?["text"]?.GetValue<string>()).OfType<string>())
                    {
                        arrived.TryAdd(text, now);
                    }
                }
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
    }

    private static async Task ReadCaseEventsAsync(HttpClient http, string caseId, ConcurrentDictionary<string, long> arrived, CancellationToken stop)
    {
        try
        {
            using var response = await http.GetAsync($"/console/api/cases/{caseId}/events", HttpCompletionOption.ResponseHeadersRead, stop);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop), Encoding.UTF8);
            var eventName = "";
            while (await reader.ReadLineAsync(stop) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    eventName = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && eventName == "lines")
                {
                    var now = Stopwatch.GetTimestamp();
                    foreach (var entry in JsonNode.Parse(line[6..])!.AsArray())
                    {
                        arrived.TryAdd(entry!["text"]!.GetValue<string>(), now);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>One citizen's Direct Line conversation on instance A.</summary>
    private sealed record RelayCitizen(string ConversationId, string Token)
    {
        private int _sent;

        public async Task SayAsync(HttpClient http, string text)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities")
            {
                Content = JsonContent.Create(new JsonObject
                {
                    ["type"] = "message",
                    ["text"] = text,
                    ["from"] = new JsonObject { ["id"] = "bench-citizen", ["role"] = "user" },
                    ["channelData"] = new JsonObject { ["clientActivityID"] = $"c-{Interlocked.Increment(ref _sent)}" },
                }),
            };
            request.Headers.Authorization = new("Bearer", Token);
            (await http.SendAsync(request)).EnsureSuccessStatusCode();
        }
    }
}

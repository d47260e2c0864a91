using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.Testing;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>A citizen on instance A and an operator on instance B (two loopback ports, one Redis) talk both ways, live.</summary>
public sealed class TwoInstanceHandoffTests : IAsyncLifetime
{
    private RedisServer _redis = null!;
    private HotlineServer _a = null!;
    private HotlineServer _b = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _a = await HotlineServer.StartAsync(_redis.ConnectionString, ConsoleFixture.AlwaysOnDuty);
        _b = await HotlineServer.StartAsync(_redis.ConnectionString, ConsoleFixture.AlwaysOnDuty);
        await ConsoleFixture.SeedAccountsAsync(_b);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task Citizen_on_A_and_operator_on_B_see_each_others_messages_as_they_are_sent()
    {
        using var citizen = new DirectLineClient(_a.DirectLineUrl);
        await citizen.StartAsync();
        using var operatorOnB = new ConsoleClient(_b.BaseUrl);
        (await operatorOnB.LoginAsync("op-lan", ConsoleFixture.Password)).EnsureSuccessStatusCode();
        using var queueEvents = await OpenEventsAsync(operatorOnB, "/console/api/events");
        await queueEvents.NextAsync("queue"); // the empty queue

        await citizen.SayAsync("gặp tư vấn viên");
        var arrived = await queueEvents.NextAsync("queue", q => q["queue"]!.AsArray().Count == 1);
        var caseId = arrived["queue"]![0]!["id"]!.GetValue<string>();
        await operatorOnB.ClaimAsync(caseId);
        using var caseEvents = await OpenEventsAsync(operatorOnB, $"/console/api/cases/{caseId}/events");
        await caseEvents.NextAsync("lines"); // "claimed"

        var sent = Stopwatch.StartNew();
        await citizen.SayAsync("Tôi đang ở nhà một mình");
        var line = await caseEvents.NextAsync("lines", l => l.AsArray().Any(e => e!["from"]!.GetValue<string>() == "citizen"));
        var citizenToOperator = sent.Elapsed;
        Assert.Equal("Tôi đang ở nhà một mình", line.AsArray().Single(e => e!["from"]!.GetValue<string>() == "citizen")!["text"]!.GetValue<string>());

        await citizen.ReceiveAsync();
        sent.Restart();
        await operatorOnB.SayAsync(caseId, "Mình ở đây, bạn cứ kể nhé.");
        var reply = await PollUntilAsync(citizen, "Mình ở đây, bạn cứ kể nhé.");
        Assert.True(reply, "the operator's message on B reached the citizen's conversation on A");
        Assert.True(citizenToOperator < TimeSpan.FromSeconds(2), $"citizen → operator took {citizenToOperator}");
    }

    private static async Task<bool> PollUntilAsync(DirectLineClient citizen, string text)
    {
        for (var i = 0; i < 50; i++)
        {
            if ((await citizen.BotSaysAsync()).Contains(text))
            {
                return true;
            }
            await Task.Delay(100);
        }
        return false;
    }

    private static async Task<EventReader> OpenEventsAsync(ConsoleClient client, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new EventReader(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>Reads server-sent events until one named <c>name</c> whose data matches.</summary>
    private sealed class EventReader(HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        public async Task<JsonNode> NextAsync(string name, Func<JsonNode, bool>? matches = null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            string? eventName = null;
            while (true)
            {
                var line = await reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException();
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    eventName = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && eventName == name)
                {
                    var data = JsonNode.Parse(line[6..])!;
                    if (matches is null || matches(data))
                    {
                        return data;
                    }
                }
            }
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }
}

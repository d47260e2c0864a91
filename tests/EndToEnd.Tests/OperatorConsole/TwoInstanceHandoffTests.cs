using System.Diagnostics;
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
        using var queueEvents = await ServerSentEvents.OpenAsync(operatorOnB, "/console/api/events");
        await queueEvents.NextAsync("queue"); // the empty queue

        await citizen.SayAsync("gặp tư vấn viên");
        var arrived = await queueEvents.NextAsync("queue", q => q["queue"]!.AsArray().Count == 1);
        var caseId = arrived["queue"]![0]!["id"]!.GetValue<string>();
        await operatorOnB.ClaimAsync(caseId);
        using var caseEvents = await ServerSentEvents.OpenAsync(operatorOnB, $"/console/api/cases/{caseId}/events");
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
}

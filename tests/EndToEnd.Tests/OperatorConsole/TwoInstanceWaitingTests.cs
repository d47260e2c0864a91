using System.Text.Json.Nodes;
using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.Testing;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>
/// Citizens waiting on instance A, an operator on instance B (one Redis): the place update, the citizen's typing and a
/// cancel all cross instances; both instances run the queue sweeper and only one tells each citizen.
/// </summary>
public sealed class TwoInstanceWaitingTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> FastUpdates = new(ConsoleFixture.AlwaysOnDuty)
    {
        ["QueueUpdates:WebChatInterval"] = "00:00:01",
        ["QueueUpdates:SweepInterval"] = "00:00:00.300",
    };

    private RedisServer _redis = null!;
    private HotlineServer _a = null!;
    private HotlineServer _b = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _a = await HotlineServer.StartAsync(_redis.ConnectionString, FastUpdates);
        _b = await HotlineServer.StartAsync(_redis.ConnectionString, FastUpdates);
        await ConsoleFixture.SeedAccountsAsync(_b);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_claim_on_B_moves_the_citizen_on_A_up_once_typing_on_A_shows_on_B_and_a_cancel_on_A_empties_the_queue_on_B()
    {
        using var first = new DirectLineClient(_a.DirectLineUrl);
        using var second = new DirectLineClient(_a.DirectLineUrl);
        await first.StartAsync();
        await second.StartAsync();
        using var operatorOnB = new ConsoleClient(_b.BaseUrl);
        (await operatorOnB.LoginAsync("op-lan", ConsoleFixture.Password)).EnsureSuccessStatusCode();
        using var queueEvents = await ServerSentEvents.OpenAsync(operatorOnB, "/console/api/events");
        await queueEvents.NextAsync("queue");
        await first.SayAsync("gặp tư vấn viên");
        await queueEvents.NextAsync("queue", q => q["queue"]!.AsArray().Count == 1);
        await second.SayAsync("gặp tư vấn viên");
        var both = await queueEvents.NextAsync("queue", q => q["queue"]!.AsArray().Count == 2);
        Assert.Contains(await second.BotSaysAsync(), t => t.Contains("vị trí số 2", StringComparison.Ordinal));
        await first.BotSaysAsync();

        var firstCase = both["queue"]![0]!["id"]!.GetValue<string>();
        await operatorOnB.ClaimAsync(firstCase);

        var movedUp = await SaysAsync(second, "Bạn đã lên vị trí số 1");
        Assert.Contains("113", movedUp);
        await Task.Delay(1500); // both instances swept meanwhile: still one update, no repeat
        Assert.DoesNotContain(await second.BotSaysAsync(), t => t.Contains("lên vị trí", StringComparison.Ordinal));

        using var caseEvents = await ServerSentEvents.OpenAsync(operatorOnB, $"/console/api/cases/{firstCase}/events");
        await caseEvents.NextAsync("lines"); // "claimed"; nobody types yet
        var typing = await first.SendAsync(HttpMethod.Post, $"/conversations/{first.ConversationId}/activities",
            new JsonObject { ["type"] = "typing", ["from"] = new JsonObject { ["id"] = first.UserId, ["role"] = "user" } }.ToJsonString());
        typing.EnsureSuccessStatusCode();
        Assert.Equal("citizen", (await caseEvents.NextAsync("typing")).GetValue<string>());

        await second.SayAsync("hủy");
        await queueEvents.NextAsync("queue", q => q["queue"]!.AsArray().Count == 0);
        Assert.Contains("Mình đã hủy yêu cầu", await SaysAsync(second, "Mình đã hủy yêu cầu"));
    }

    private static async Task<string> SaysAsync(DirectLineClient citizen, string fragment)
    {
        for (var i = 0; i < 100; i++)
        {
            if ((await citizen.BotSaysAsync()).FirstOrDefault(t => t.Contains(fragment, StringComparison.Ordinal)) is { } said)
            {
                return said;
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"The citizen never read '{fragment}'");
    }
}

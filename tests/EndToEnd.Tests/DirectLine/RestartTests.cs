using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.Testing;

namespace HotlineBot.EndToEnd.DirectLine;

/// <summary>The service restarts (a deploy, a crash): the citizen's conversation carries on where it was.</summary>
public sealed class RestartTests : IAsyncLifetime
{
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task A_conversation_in_the_middle_of_a_dialog_survives_a_restart_of_the_service()
    {
        var before = await HotlineServer.StartAsync(_redis.ConnectionString);
        using var citizen = new DirectLineClient(before.DirectLineUrl);
        await citizen.StartAsync();
        await citizen.ReceiveAsync();
        await citizen.SayAsync("Tôi cần tư vấn");
        await citizen.SayAsync("Bị quấy rối, đe dọa");
        Assert.Contains("đánh giá mức độ an toàn", (await citizen.BotSaysAsync()).Last());
        await citizen.SayAsync("co");
        Assert.Contains("nặng tay hơn trước", (await citizen.BotSaysAsync()).Last()); // the assessment's first question
        await before.DisposeAsync();

        // Restarted in the middle of the danger assessment: the answer goes to the question that was asked,
        // and the questions carry on where they were.
        await using var after = await HotlineServer.StartAsync(_redis.ConnectionString);
        using var resumed = citizen.On(after.DirectLineUrl);
        await resumed.SayAsync("uh");
        Assert.Contains("dao, súng", (await resumed.BotSaysAsync()).Last());
        await resumed.SayAsync("thoi");
        var closing = await resumed.BotSaysAsync();
        Assert.Contains("dấu hiệu cần để ý", closing[^2]); // escalation answered yes before the restart: medium
        Assert.Contains("tỉnh hoặc thành phố", closing[^1]);
        await resumed.SayAsync("Hà Tĩnh");

        var replies = await resumed.BotSaysAsync();
        Assert.StartsWith("Cảm ơn bạn đã chia sẻ.", replies[0]);
    }

    [Fact]
    public async Task Without_redis_the_service_still_starts_on_memory_and_says_so_loudly()
    {
        await using var server = await HotlineServer.StartAsync("127.0.0.1:1,connectTimeout=200");
        using var citizen = new DirectLineClient(server.DirectLineUrl);
        await citizen.StartAsync();

        Assert.Contains("113", (await citizen.BotSaysAsync())[0]);
        Assert.Contains(server.LogLines, line => line.Contains("NO REDIS") && line.Contains("IN-MEMORY"));
    }
}

using System.Net;
using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.Testing;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>A console left alone signs itself out (Console:IdleTimeout, sliding: activity keeps it alive).</summary>
public sealed class IdleSessionTests : IAsyncLifetime
{
    private RedisServer _redis = null!;
    private HotlineServer _server = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _server = await HotlineServer.StartAsync(_redis.ConnectionString, new Dictionary<string, string?> { ["Console:IdleTimeout"] = "00:00:06" });
        await ConsoleFixture.SeedAccountsAsync(_server);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_session_idle_for_longer_than_the_timeout_is_signed_out()
    {
        using var lan = new ConsoleClient(_server.BaseUrl);
        (await lan.LoginAsync("op-lan", ConsoleFixture.Password)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await lan.GetAsync("/console/api/me")).StatusCode);

        await Task.Delay(TimeSpan.FromSeconds(7));

        Assert.Equal(HttpStatusCode.Unauthorized, (await lan.GetAsync("/console/api/me")).StatusCode);
    }
}

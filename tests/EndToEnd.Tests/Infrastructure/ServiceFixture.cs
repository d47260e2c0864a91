using HotlineBot.Testing;

namespace HotlineBot.EndToEnd.Infrastructure;

/// <summary>One Redis and one running service shared by a test class (xunit class fixture).</summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    public RedisServer Redis { get; private set; } = null!;

    public HotlineServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        Server = await HotlineServer.StartAsync(Redis.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Redis.DisposeAsync();
    }
}

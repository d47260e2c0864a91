using System.Runtime.CompilerServices;
using HotlineBot.Testing;
using StackExchange.Redis;

namespace HotlineBot.ReferralTests;

/// <summary>One real redis-server per test class; each test takes its own key prefix from its name.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private RedisServer? _server;

    public IConnectionMultiplexer Redis { get; private set; } = null!;

    public string ConnectionString => _server!.ConnectionString;

    public async Task InitializeAsync()
    {
        _server = await RedisServer.StartAsync();
        Redis = await ConnectionMultiplexer.ConnectAsync(_server.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        Redis.Dispose();
        await _server!.DisposeAsync();
    }

    /// <summary>A key prefix unique to the calling test, like StackExchange.Redis's <c>Me()</c>.</summary>
    public static string Prefix([CallerFilePath] string file = "", [CallerMemberName] string member = "") =>
        $"hb:test:{Path.GetFileNameWithoutExtension(file)}:{member}:";
}

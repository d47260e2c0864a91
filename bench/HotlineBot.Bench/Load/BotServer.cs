using HotlineBot.Hosting;
using HotlineBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace HotlineBot.Bench.Load;

/// <summary>
/// The real service (<see cref="HotlineApp"/>, Production environment) on a free loopback port, with a real
/// redis-server started for it (the tests' <see cref="RedisServer"/>: AOF on, appendfsync always, as in production).
/// </summary>
public sealed class BotServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RedisServer _redis;

    private BotServer(WebApplication app, RedisServer redis, string baseUrl)
    {
        _app = app;
        _redis = redis;
        DirectLineUrl = baseUrl + "/v3/directline";
    }

    public string DirectLineUrl { get; }

    /// <param name="fsync">redis-server's appendfsync: "always" (production, the default) or "everysec"/"no" for diagnosis.</param>
    /// <param name="useRedis">False runs the service on its in-memory stores (diagnosis only).</param>
    public static async Task<BotServer> StartAsync(string fsync = "always", bool useRedis = true)
    {
        var redis = await RedisServer.StartAsync();
        if (fsync != "always")
        {
            using var admin = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true");
            await admin.GetServer(admin.GetEndPoints()[0]).ConfigSetAsync("appendfsync", fsync);
        }
        var app = HotlineApp.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Environment.EnvironmentName = "Production";
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Redis"] = useRedis ? redis.ConnectionString : "",
                ["DirectLine:TokenSigningKey"] = "load-benchmark-signing-key-0123456789abcdef",
                ["DirectLine:TokensPerMinutePerClient"] = "100000",
                ["Referral:EncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
                ["Hotline:ContentRoot"] = AppContext.BaseDirectory,
            });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotServer(app, redis, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _redis.DisposeAsync();
    }
}

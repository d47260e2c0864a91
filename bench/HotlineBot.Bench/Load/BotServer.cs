using HotlineBot.Hosting;
using HotlineBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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

    public static async Task<BotServer> StartAsync()
    {
        var redis = await RedisServer.StartAsync();
        var app = HotlineApp.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Environment.EnvironmentName = "Production";
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Redis"] = redis.ConnectionString,
                ["DirectLine:TokenSigningKey"] = "load-benchmark-signing-key-0123456789abcdef",
                ["DirectLine:TokensPerMinutePerClient"] = "100000",
                ["Hotline:ContentRoot"] = AppContext.BaseDirectory,
            });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotServer(app, redis, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _redis.DisposeAsync();
    }
}

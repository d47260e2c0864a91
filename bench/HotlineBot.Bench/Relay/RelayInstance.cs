using HotlineBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HotlineBot.Bench.Relay;

/// <summary>One instance of the real service (Production environment) on a free loopback port, sharing the given Redis.</summary>
public sealed class RelayInstance : IAsyncDisposable
{
    public const string SigningKey = "relay-benchmark-signing-key-0123456789abcdef";

    private readonly WebApplication _app;

    private RelayInstance(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<RelayInstance> StartAsync(string redis, string caseKey)
    {
        var app = HotlineApp.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Environment.EnvironmentName = "Production";
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Redis"] = redis,
                ["DirectLine:TokenSigningKey"] = SigningKey,
                ["DirectLine:TokensPerMinutePerClient"] = "100000",
                ["Referral:EncryptionKey"] = caseKey,
                ["Hotline:ContentRoot"] = AppContext.BaseDirectory,
                ["Console:OnDutyFrom"] = "00:00",
                ["Console:OnDutyTo"] = "00:00",
                ["Serilog:MinimumLevel:Default"] = "Warning",
            });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RelayInstance(app, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

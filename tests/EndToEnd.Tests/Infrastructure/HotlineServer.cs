using System.Collections.Concurrent;
using HotlineBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Serilog.Core;
using Serilog.Events;

namespace HotlineBot.EndToEnd.Infrastructure;

/// <summary>
/// The real service on a free loopback port (Kestrel, real HTTP and WebSockets) with the given Redis; records every
/// log line it writes so tests can check what reaches the logs.
/// </summary>
public sealed class HotlineServer : IAsyncDisposable
{
    public const string SigningKey = "end-to-end-test-signing-key-0123456789abcdef";

    /// <summary>A made-up case key (base64 of 32 bytes), for tests only.</summary>
    public const string CaseKey = "ZW5kLXRvLWVuZC10ZXN0cy1vbmx5LWNhc2Uta2V5ISE=";

    private readonly WebApplication _app;
    private readonly LogCapture _logs;

    private HotlineServer(WebApplication app, LogCapture logs)
    {
        _app = app;
        _logs = logs;
    }

    /// <summary>e.g. http://127.0.0.1:41234</summary>
    public string BaseUrl { get; private set; } = "";

    public string DirectLineUrl => BaseUrl + "/v3/directline";

    public IServiceProvider Services => _app.Services;

    /// <summary>Every log event rendered with its properties and exception.</summary>
    public IReadOnlyList<string> LogLines => _logs.Lines;

    public static async Task<HotlineServer> StartAsync(string? redisConnectionString, IDictionary<string, string?>? settings = null, int port = 0, Action<IServiceCollection>? services = null)
    {
        var sink = new LogCapture();
        var app = HotlineApp.Build([], builder =>
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            builder.Environment.EnvironmentName = "Testing";
            var values = new Dictionary<string, string?>
            {
                ["ConnectionStrings:Redis"] = redisConnectionString ?? "",
                ["DirectLine:TokenSigningKey"] = SigningKey,
                ["DirectLine:TokensPerMinutePerClient"] = "100000",
                ["Referral:EncryptionKey"] = CaseKey,
                ["Hotline:ContentRoot"] = AppContext.BaseDirectory,
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                values[key] = value;
            }
            builder.Configuration.AddInMemoryCollection(values);
        }, sink, services);
        var server = new HotlineServer(app, sink);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address.Replace("[::]", "127.0.0.1").TrimEnd('/');
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Every log event rendered with its properties and exception, from the first line of start-up on.</summary>
    private sealed class LogCapture : ILogEventSink
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => _lines.ToList();

        public void Emit(LogEvent logEvent)
        {
            var writer = new StringWriter();
            logEvent.RenderMessage(writer);
            foreach (var (name, value) in logEvent.Properties)
            {
                writer.Write($" {name}={value}");
            }
            writer.Write(" " + logEvent.Exception);
            _lines.Enqueue(writer.ToString());
        }
    }
}

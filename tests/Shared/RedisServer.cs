using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace HotlineBot.Testing;

/// <summary>
/// A real redis-server for tests: started on a free loopback port with its data in a temp folder (AOF on,
/// appendfsync always, as in production), stopped and deleted at the end. Tests fail — never skip — when
/// redis-server is missing: `./hotline test` installs it.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private RedisServer(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false";

    public static async Task<RedisServer> StartAsync(int? port = null, string? folder = null)
    {
        var exe = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server is not installed; run ./hotline test (it installs it) or apt-get install redis-server");
        port ??= FreePort();
        folder ??= Directory.CreateTempSubdirectory("hb-redis-").FullName;
        var start = new ProcessStartInfo(exe)
        {
            ArgumentList = { "--port", port.Value.ToString(), "--bind", "127.0.0.1", "--dir", folder, "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--daemonize", "no", "--loglevel", "warning" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new RedisServer(process, folder, port.Value);
        await server.WaitUntilReadyAsync();
        return server;
    }

    /// <summary>Kills the server with SIGKILL (no shutdown save) — for fault tests.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public string DataFolder => _folder;

    private async Task WaitUntilReadyAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var redis = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{Port},connectTimeout=200");
                await redis.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException)
            {
                await Task.Delay(50);
            }
        }
        throw new InvalidOperationException($"redis-server did not start on port {Port}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

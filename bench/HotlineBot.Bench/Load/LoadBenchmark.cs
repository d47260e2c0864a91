using System.Globalization;
using System.Runtime;

namespace HotlineBot.Bench.Load;

/// <summary>
/// <c>load [CONCURRENCY=50] [SECONDS=20] [WARMUP=20]</c>: a bare Kestrel echo endpoint, then the real service with a real
/// redis-server driven by CONCURRENCY simulated citizens over Direct Line (POST + WebSocket), in one process and run,
/// with the same HttpClient setup and concurrency; prints throughput, p50/p95/p99 and the ratio.
/// The warm-up is long on purpose: on 2 shared cores tiered JIT (with PGO) still recompiles the bot's many code
/// paths 15 s into a run, and the measured window should see the service as it runs for days.
/// Diagnosis flags (not the benchmark's figures): <c>--fsync=everysec|no</c> relaxes redis-server's appendfsync,
/// <c>--memory</c> runs the service on its in-memory stores, <c>--no-echo</c> skips the baseline.
/// </summary>
public sealed class LoadBenchmark : IBenchmark
{
    public string Name => "load";

    public string Summary => "Direct Line load over loopback with Redis vs a bare Kestrel echo; [CONCURRENCY=50] [SECONDS=20] [WARMUP=20]";

    public async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var flags = args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToHashSet();
        var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var concurrency = numbers.Count > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 50;
        var measure = TimeSpan.FromSeconds(numbers.Count > 1 ? double.Parse(numbers[1], CultureInfo.InvariantCulture) : 20);
        var warmUp = TimeSpan.FromSeconds(numbers.Count > 2 ? double.Parse(numbers[2], CultureInfo.InvariantCulture) : 20);
        var fsync = flags.FirstOrDefault(f => f.StartsWith("--fsync=", StringComparison.Ordinal))?["--fsync=".Length..] ?? "always";
        var useRedis = !flags.Contains("--memory");
        Console.WriteLine($"service stores: {(useRedis ? $"Redis (appendfsync {fsync})" : "IN-MEMORY (diagnosis)")}");
        Console.WriteLine($"concurrency {concurrency}, warm-up {warmUp.TotalSeconds:F0} s, measured {measure.TotalSeconds:F0} s each; .NET {Environment.Version}, server GC {GCSettings.IsServerGC}, {Environment.ProcessorCount} cores");

        var echo = new LatencyStats(0, measure, double.NaN, double.NaN, double.NaN, double.NaN, 0);
        if (!flags.Contains("--no-echo"))
        {
            await using var echoServer = await EchoServer.StartAsync();
            using var http = BenchHttp.CreateClient();
            echo = await RunWorkersAsync(Enumerable.Range(0, concurrency).Select(_ => (ILoadWorker)new EchoClient(http, echoServer.Url)).ToList(), warmUp, measure);
            Console.WriteLine("echo (bare Kestrel POST)   : " + echo.Format("requests"));
        }

        LatencyStats bot;
        await using (var botServer = await BotServer.StartAsync(fsync, useRedis))
        {
            using var http = BenchHttp.CreateClient();
            bot = await RunWorkersAsync(Enumerable.Range(0, concurrency).Select(i => (ILoadWorker)new Citizen(http, botServer.DirectLineUrl, i)).ToList(), warmUp, measure);
        }
        Console.WriteLine((useRedis ? "bot (Direct Line + Redis)  : " : "bot (Direct Line, memory)  : ") + bot.Format("turns"));

        var ratio = bot.PerSecond / echo.PerSecond;
        var checks = new[]
        {
            ($"turns/s ≥ 3000 at {concurrency} concurrent", bot.PerSecond >= 3000),
            ("p99 ≤ 25 ms", bot.P99Ms <= 25),
            ($"turns/s ≥ 0.2 × echo requests/s (ratio {ratio:F3})", ratio >= 0.2),
            ("no errors", bot.Errors == 0 && echo.Errors == 0),
        };
        foreach (var (what, met) in checks)
        {
            Console.WriteLine($"  {(met ? "met   " : "MISSED")} {what}");
        }
        return checks.All(c => c.Item2) ? 0 : 1;
    }

    private static async Task<LatencyStats> RunWorkersAsync(List<ILoadWorker> workers, TimeSpan warmUp, TimeSpan measure)
    {
        try
        {
            return await LoadRun.RunAsync(workers, warmUp, measure);
        }
        finally
        {
            foreach (var worker in workers)
            {
                await worker.DisposeAsync();
            }
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using HotlineBot.Referral.Cases;
using HotlineBot.Testing;
using StackExchange.Redis;

namespace HotlineBot.Bench;

/// <summary>
/// Case creation + enqueue (one Lua call: hash with AES-GCM phone/notes, queue entry, audit entry) through
/// <see cref="RedisCaseStore.CreateAsync"/> against a real redis-server with AOF and appendfsync always.
/// Target: ≥ 2,000 cases/s. Args: [cases] [concurrency] (defaults 20000 and 50).
/// </summary>
public sealed class CaseCreateBenchmark : IBenchmark
{
    public string Name => "cases";

    public string Summary => "referral case creation + enqueue via the Referral API on a real redis-server (appendfsync always): cases/s";

    public async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var count = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
        var concurrency = args.Count > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
        await using var server = await RedisServer.StartAsync();
        var redis = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString);
        using var connection = redis as IDisposable;
        var options = new CaseOptions { EncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
        var store = new RedisCaseStore(redis, TimeProvider.System, options);
        var sample = new NewCase("webchat", "bench-conversation", CaseRisk.High, ["weapon"], "ha-tinh", "Hồng Lĩnh", ["demo-ht-01"], "0000 000 999", "[BENCH] ghi chú thử nghiệm");
        for (var i = 0; i < 1000; i++)
        {
            await store.CreateAsync(sample, "bench");
        }

        var times = new double[count];
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var start = Stopwatch.GetTimestamp();
                await store.CreateAsync(sample with { Risk = (CaseRisk)(i % 3) }, "bench");
                times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        })));
        total.Stop();
        Array.Sort(times);
        double P(double q) => times[Math.Min(times.Length - 1, (int)(q * times.Length))];
        var rate = count / total.Elapsed.TotalSeconds;
        Console.WriteLine($"case create + enqueue: {count:N0} cases, {concurrency} concurrent, appendfsync always, queue length {await store.QueueLengthAsync():N0}");
        Console.WriteLine($"  {rate:N0} cases/s   p50 {P(0.50):F2} ms   p99 {P(0.99):F2} ms   max {times[^1]:F2} ms");
        Console.WriteLine($"  target >= 2,000 cases/s: {(rate >= 2000 ? "met" : "MISSED")}");
        return 0;
    }
}

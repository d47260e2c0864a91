using System.Diagnostics;
using System.Globalization;
using HotlineBot.Referral.Directory;
using HotlineBot.Testing;
using StackExchange.Redis;

namespace HotlineBot.Bench;

/// <summary>
/// Nearest-3 among 10,000 places with filters (has capacity, accepts children; a third of queries also open-now),
/// end to end through <see cref="RedisPlaceStore.NearestAsync"/> against a real redis-server (AOF, appendfsync always).
/// One query at a time, so the figures are latency, not throughput. Target: p99 ≤ 2 ms.
/// Args: [places] [queries] (defaults 10000 and 20000).
/// </summary>
public sealed class NearestBenchmark : IBenchmark
{
    /// <summary>Open-now queries ask at 23:30 on a Saturday, Vietnam time, when only a third of the places are open: the hard case.</summary>
    private static readonly DateTimeOffset Night = new(2026, 11, 21, 23, 30, 0, OpeningSchedule.VietnamOffset);

    public string Name => "nearest";

    public string Summary => "nearest-3 with filters among 10,000 places via the Referral API on a real redis-server: p50/p99";

    public async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var placeCount = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var queryCount = args.Count > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        await using var server = await RedisServer.StartAsync();
        var redis = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString);
        using var connection = redis as IDisposable;
        var store = new RedisPlaceStore(redis, TimeProvider.System);
        var random = new Random(7);
        var schedules = new[] { "24/7", "mon-fri 08:00-17:00", "mon-sat 07:00-21:00" };
        var places = Enumerable.Range(0, placeCount).Select(i => RandomPlace(random, i, schedules)).ToList();
        var load = Stopwatch.StartNew();
        foreach (var batch in places.Chunk(1000))
        {
            await Task.WhenAll(batch.Select(p => store.UpsertAsync(p, "bench")));
        }
        Console.WriteLine($"loaded {placeCount:N0} places in {load.Elapsed.TotalSeconds:F1} s");

        var queries = Enumerable.Range(0, queryCount + 2000).Select(i => new NearestQuery(random.NextDouble() * 15 + 8.5, random.NextDouble() * 7 + 102.5, 3)
        {
            HasCapacity = true,
            AcceptsChildren = true,
            OpenNow = i % 3 == 0,
            At = Night,
        }).ToList();
        foreach (var q in queries.Take(2000))
        {
            await store.NearestAsync(q);
        }
        var admin = ConnectionMultiplexer.Connect(server.ConnectionString + ",allowAdmin=true");
        using var adminConnection = admin as IDisposable;
        var adminDb = admin.GetDatabase();
        adminDb.Execute("CONFIG", "SET", "slowlog-log-slower-than", "1000");
        adminDb.Execute("CONFIG", "SET", "slowlog-max-len", "100000");
        adminDb.Execute("SLOWLOG", "RESET");
        adminDb.Execute("CONFIG", "RESETSTAT");
        var times = new double[queryCount];
        var results = 0;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < queryCount; i++)
        {
            var start = Stopwatch.GetTimestamp();
            results += (await store.NearestAsync(queries[2000 + i])).Count;
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        total.Stop();
        Array.Sort(times);
        double P(double q) => times[Math.Min(times.Length - 1, (int)(q * times.Length))];
        Console.WriteLine($"nearest-3 (capacity + children, 1/3 also open-now at night) among {placeCount:N0} places, {queryCount:N0} queries one at a time, {results / (double)queryCount:F2} results/query");
        Console.WriteLine($"  p50 {P(0.50):F3} ms   p90 {P(0.90):F3} ms   p99 {P(0.99):F3} ms   max {times[^1]:F3} ms   ({queryCount / total.Elapsed.TotalSeconds:N0} queries/s)");
        Console.WriteLine($"  search scripts over 1 ms inside redis-server (SLOWLOG): {(long)adminDb.Execute("SLOWLOG", "LEN")}");
        var scriptStats = ((string)adminDb.Execute("INFO", "commandstats")!).Split('\n').First(l => l.StartsWith("cmdstat_evalsha:", StringComparison.Ordinal)).Trim();
        Console.WriteLine($"  inside redis-server: {scriptStats}");
        Console.WriteLine($"  target p99 <= 2 ms: {(P(0.99) <= 2 ? "met" : "MISSED")}");
        return 0;
    }

    private static Place RandomPlace(Random random, int i, string[] schedules)
    {
        OpeningSchedule.TryParse(schedules[random.Next(schedules.Length)], out var schedule, out _);
        var total = random.Next(0, 20);
        return new Place(
            $"bench-{i:D5}", (HelpKind)random.Next(6), $"[DEMO] Bench {i}", "[DEMO] Bench", "ha-noi", "Bench", "[DEMO] Bench",
            random.NextDouble() * 15 + 8.5, random.NextDouble() * 7 + 102.5, ["0000 000 000"], schedule, total, random.Next(0, total + 1),
            new PlaceServices(random.Next(2) == 0, false, false, true, ["vi"]), PlaceStatus.Active,
            random.Next(3) == 0 ? PlaceVisibility.OperatorsOnly : PlaceVisibility.Public, "bench", null, true);
    }
}

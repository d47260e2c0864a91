using System.Diagnostics;
using System.Globalization;
using HotlineBot.Referral.Directory;
using HotlineBot.Testing;
using StackExchange.Redis;

namespace HotlineBot.Bench;

/// <summary>
/// The console's staff search of the directory (every place read from Redis in one pipelined round, then filtered and
/// paged: <see cref="RedisPlaceStore.ListAsync"/> + <see cref="PlaceSearch"/>) among N places on a real redis-server,
/// one search at a time; and an edit + capacity change round trip. Args: [places] [searches] (defaults 10000 and 50).
/// </summary>
public sealed class DirectorySearchBenchmark : IBenchmark
{
    public string Name => "directory";

    public string Summary => "console directory search (list + filter + page) among 10,000 places, and edit/capacity latency: p50/p99";

    public async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var placeCount = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var searchCount = args.Count > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
        await using var server = await RedisServer.StartAsync();
        var redis = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString);
        using var connection = redis as IDisposable;
        var store = new RedisPlaceStore(redis, TimeProvider.System);
        var random = new Random(11);
        var provinces = new[] { "ha-noi", "ha-tinh", "hai-phong", "bac-ninh", "lang-son" };
        foreach (var batch in Enumerable.Range(0, placeCount).Chunk(1000))
        {
            await Task.WhenAll(batch.Select(i => store.CreateAsync(Place(random, i, provinces[i % provinces.Length]), "bench")));
        }
        var searches = new[]
        {
            new PlaceSearch(),
            new PlaceSearch(ProvinceId: "ha-tinh"),
            new PlaceSearch(Kind: HelpKind.CommunityShelter, Text: "bench 12"),
            new PlaceSearch(Text: "0000 000 0", Page: 3),
        };
        await store.ListAsync(); // warm-up
        var times = new double[searchCount];
        for (var i = 0; i < searchCount; i++)
        {
            var start = Stopwatch.GetTimestamp();
            searches[i % searches.Length].Apply(await store.ListAsync());
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        var listing = new double[searchCount];
        for (var i = 0; i < searchCount; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await store.ListAsync();
            listing[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        var edits = new double[200];
        for (var i = 0; i < edits.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var stored = (await store.GetStoredAsync($"bench-{i:D5}"))!;
            await store.EditAsync(stored.Place with { Commune = $"Bench {i}" }, stored.Revision, "bench");
            await store.ChangeCapacityAsync(stored.Place.Id, stored.Place.CapacityAvailable > 0 ? -1 : 0, "bench");
            edits[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Console.WriteLine($"directory search (list + filter + page of 25) among {placeCount:N0} places, {searchCount} searches one at a time");
        Console.WriteLine($"  p50 {Percentile(times, 0.50):F1} ms   p99 {Percentile(times, 0.99):F1} ms   max {times.Max():F1} ms");
        Console.WriteLine($"  of which reading every place from Redis: p50 {Percentile(listing, 0.50):F1} ms   p99 {Percentile(listing, 0.99):F1} ms");
        Console.WriteLine($"edit (read with revision + edit script) + capacity change, 200 times: p50 {Percentile(edits, 0.50):F2} ms   p99 {Percentile(edits, 0.99):F2} ms");
        return 0;
    }

    private static double Percentile(double[] values, double q)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
    }

    private static Place Place(Random random, int i, string province)
    {
        var total = random.Next(1, 20);
        return new Place(
            $"bench-{i:D5}", (HelpKind)random.Next(6), $"[DEMO] Bench {i}", "[DEMO] Bench", province, "Bench", "[DEMO] Bench",
            random.NextDouble() * 15 + 8.5, random.NextDouble() * 7 + 102.5, [$"0000 000 {i % 1000:D3}"], OpeningSchedule.Always, total, random.Next(0, total + 1),
            new PlaceServices(random.Next(2) == 0, false, false, true, ["vi"]), PlaceStatus.Active, PlaceVisibility.Public, "bench", null, true);
    }
}

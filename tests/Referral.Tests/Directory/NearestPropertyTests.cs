using HotlineBot.Referral.Directory;

namespace HotlineBot.ReferralTests.Directory;

/// <summary>Nearest search through Redis equals a brute-force haversine search over the same places.</summary>
public sealed class NearestPropertyTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private static readonly string[] Schedules = ["24/7", "mon-fri 08:00-17:00", "sat-sun 20:00-06:00", "mon-sat 07:00-21:00"];

    [Fact]
    public async Task Nearest_equals_brute_force_on_10000_random_places()
    {
        var random = new Random(20250701);
        var store = new RedisPlaceStore(redis.Redis, TimeProvider.System, RedisFixture.Prefix());
        var places = Enumerable.Range(0, 10_000).Select(i => RandomPlace(random, i)).ToList();
        foreach (var batch in places.Chunk(500))
        {
            await Task.WhenAll(batch.Select(p => store.UpsertAsync(p, "property-test")));
        }

        var found = 0;
        for (var trial = 0; trial < 300; trial++)
        {
            var query = new NearestQuery(random.NextDouble() * 16 + 8, random.NextDouble() * 8 + 102, random.Next(1, 11))
            {
                RadiusKm = random.Next(1, 60),
                MaxRadiusKm = random.Next(60, 500),
                OpenNow = random.Next(3) == 0,
                HasCapacity = random.Next(2) == 0,
                AcceptsChildren = random.Next(3) == 0,
                Kind = random.Next(3) == 0 ? (HelpKind)random.Next(6) : null,
                Kinds = random.Next(3) == 0 ? Enum.GetValues<HelpKind>().Where(_ => random.Next(2) == 0).ToHashSet() : null,
                At = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(7 * 1440)),
            };

            var actual = await store.NearestAsync(query);
            found += actual.Count;
            var expected = places
                .Where(p => query.Matches(p, query.At!.Value))
                .Select(p => new PlaceMatch(p, GeoMath.HaversineKm(query.Latitude, query.Longitude, p.Latitude, p.Longitude)))
                .Where(m => m.DistanceKm <= query.MaxRadiusKm)
                .OrderBy(m => m.DistanceKm).ThenBy(m => m.Place.Id, StringComparer.Ordinal)
                .Take(query.K)
                .ToList();

            Assert.True(
                expected.Select(m => m.Place.Id).SequenceEqual(actual.Select(m => m.Place.Id)),
                $"trial {trial} {query}: expected [{string.Join(", ", expected.Select(m => $"{m.Place.Id}@{m.DistanceKm:F4}"))}] got [{string.Join(", ", actual.Select(m => $"{m.Place.Id}@{m.DistanceKm:F4}"))}]");
            Assert.Equal(expected.Select(m => m.DistanceKm), actual.Select(m => m.DistanceKm));
        }
        Assert.True(found > 1000, $"only {found} results over 300 trials: the test would prove little");
    }

    private static Place RandomPlace(Random random, int i)
    {
        var total = random.Next(0, 20);
        return TestPlaces.Make(
            $"r{i:D5}",
            random.NextDouble() * 15 + 8.5,
            random.NextDouble() * 7 + 102.5,
            (HelpKind)random.Next(6),
            random.Next(3) == 0 ? PlaceVisibility.OperatorsOnly : PlaceVisibility.Public,
            total,
            random.Next(0, total + 1),
            random.Next(2) == 0,
            Schedules[random.Next(Schedules.Length)],
            random.Next(10) == 0 ? PlaceStatus.TemporarilyClosed : PlaceStatus.Active);
    }
}

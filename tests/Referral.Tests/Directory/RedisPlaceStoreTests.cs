using HotlineBot.Referral.Directory;

namespace HotlineBot.ReferralTests.Directory;

public sealed class RedisPlaceStoreTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    // Hà Tĩnh city centre (approximate) and Hồng Lĩnh, ~25 km apart.
    private const double HaTinhLat = 18.343, HaTinhLon = 105.906;
    private const double HongLinhLat = 18.533, HongLinhLon = 105.711;

    [Fact]
    public async Task Upsert_then_get_round_trips_every_field()
    {
        var store = new RedisPlaceStore(redis.Redis, TimeProvider.System, RedisFixture.Prefix());
        var place = TestPlaces.Make("p1", HaTinhLat, HaTinhLon, HelpKind.TrustedAddress, PlaceVisibility.OperatorsOnly, schedule: "mon-fri 08:00-17:00; sat 20:00-06:00");

        Assert.True(await store.UpsertAsync(place, "tester"));
        var stored = await store.GetAsync("p1");

        Assert.NotNull(stored);
        Assert.Equal(place with { Phones = stored.Phones, Schedule = stored.Schedule, Services = stored.Services }, stored);
        Assert.Equal(place.Phones, stored.Phones);
        Assert.Equal(place.Schedule.Text, stored.Schedule.Text);
        Assert.Equal(place.Services.Languages, stored.Services.Languages);
        Assert.Null(await store.GetAsync("missing"));
    }

    [Fact]
    public async Task Upsert_of_an_unchanged_place_writes_and_audits_nothing()
    {
        var store = new RedisPlaceStore(redis.Redis, TimeProvider.System, RedisFixture.Prefix());
        var place = TestPlaces.Make("p1", HaTinhLat, HaTinhLon);

        Assert.True(await store.UpsertAsync(place, "tester"));
        Assert.False(await store.UpsertAsync(place, "tester"));
        Assert.True(await store.UpsertAsync(place with { Commune = "Can Lộc" }, "tester"));

        var audit = await store.ReadAuditAsync();
        Assert.Equal(2, audit.Count);
        Assert.Equal("", audit[0].Before);
        Assert.Contains("Hồng Lĩnh", audit[1].Before);
        Assert.Contains("Can Lộc", audit[1].After);
        Assert.All(audit, a => Assert.Equal(("tester", "place:p1", "upsert"), (a.Who, a.Entity, a.Action)));
    }

    [Fact]
    public async Task Upsert_keeps_live_occupancy_clamped_to_the_new_total()
    {
        var store = new RedisPlaceStore(redis.Redis, TimeProvider.System, RedisFixture.Prefix());
        await store.UpsertAsync(TestPlaces.Make("p1", HaTinhLat, HaTinhLon, total: 10, available: 5), "import");
        await store.ChangeCapacityAsync("p1", 3, "operator");

        await store.UpsertAsync(TestPlaces.Make("p1", HaTinhLat, HaTinhLon, total: 10, available: 5), "import");
        Assert.Equal(8, (await store.GetAsync("p1"))!.CapacityAvailable);

        await store.UpsertAsync(TestPlaces.Make("p1", HaTinhLat, HaTinhLon, total: 6, available: 5), "import");
        Assert.Equal(6, (await store.GetAsync("p1"))!.CapacityAvailable);
    }

    [Fact]
    public async Task Concurrent_capacity_changes_never_leave_zero_to_total()
    {
        var store = new RedisPlaceStore(redis.Redis, TimeProvider.System, RedisFixture.Prefix());
        await store.UpsertAsync(TestPlaces.Make("p1", HaTinhLat, HaTinhLon, total: 10, available: 5), "import");

        var takes = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => store.ChangeCapacityAsync("p1", -1, "op"))));
        Assert.Equal(5, takes.Count(c => c.Applied));
        Assert.Equal(0, (await store.GetAsync("p1"))!.CapacityAvailable);

        var frees = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => store.ChangeCapacityAsync("p1", +1, "op"))));
        Assert.Equal(10, frees.Count(c => c.Applied));
        Assert.Equal(10, (await store.GetAsync("p1"))!.CapacityAvailable);
        Assert.All(frees.Where(c => !c.Applied), c => Assert.Equal(10, c.Available));

        Assert.False((await store.ChangeCapacityAsync("missing", 1, "op")).Applied);
    }

    [Fact]
    public async Task Every_capacity_change_is_audited_with_who_and_before_after()
    {
        var store = new RedisPlaceStore(redis.Redis, TimeProvider.System, RedisFixture.Prefix());
        await store.UpsertAsync(TestPlaces.Make("p1", HaTinhLat, HaTinhLon, total: 10, available: 5), "import");
        await store.ChangeCapacityAsync("p1", -2, "operator-7");
        await store.ChangeCapacityAsync("p1", -9, "operator-7");

        var audit = await store.ReadAuditAsync();
        Assert.Equal(2, audit.Count);
        var change = audit[1];
        Assert.Equal(("operator-7", "place:p1", "capacity"), (change.Who, change.Entity, change.Action));
        Assert.Contains("5", change.Before);
        Assert.Contains("3", change.After);
        Assert.True(DateTimeOffset.TryParse(change.At, out _));
    }

    [Fact]
    public async Task Nearest_widens_the_radius_and_applies_filters()
    {
        var store = new RedisPlaceStore(redis.Redis, TimeProvider.System, RedisFixture.Prefix());
        await store.UpsertAsync(TestPlaces.Make("near-full", HaTinhLat, HaTinhLon + 0.01, available: 0), "t");
        await store.UpsertAsync(TestPlaces.Make("near-closed", HaTinhLat, HaTinhLon + 0.02, status: PlaceStatus.TemporarilyClosed), "t");
        await store.UpsertAsync(TestPlaces.Make("hong-linh", HongLinhLat, HongLinhLon), "t");
        await store.UpsertAsync(TestPlaces.Make("police", HaTinhLat + 0.01, HaTinhLon, HelpKind.Police), "t");

        var found = await store.NearestAsync(new NearestQuery(HaTinhLat, HaTinhLon, 1) { RadiusKm = 1, HasCapacity = true, Kind = HelpKind.CommunityShelter });

        var match = Assert.Single(found);
        Assert.Equal("hong-linh", match.Place.Id);
        Assert.InRange(match.DistanceKm, 25, 33);

        var all = await store.NearestAsync(new NearestQuery(HaTinhLat, HaTinhLon, 10));
        Assert.Equal(["near-full", "police", "hong-linh"], all.Select(m => m.Place.Id));
    }

    [Fact]
    public async Task Nearest_with_a_zero_radius_still_widens_and_terminates()
    {
        var store = new RedisPlaceStore(redis.Redis, TimeProvider.System, RedisFixture.Prefix());
        await store.UpsertAsync(TestPlaces.Make("hong-linh", HongLinhLat, HongLinhLon), "t");

        var found = await store.NearestAsync(new NearestQuery(HaTinhLat, HaTinhLon, 2) { RadiusKm = 0, MaxRadiusKm = 100 });

        Assert.Equal("hong-linh", Assert.Single(found).Place.Id);
    }

    [Fact]
    public async Task Open_now_skips_a_closed_office_for_the_night_shelter_further_away()
    {
        var store = new RedisPlaceStore(redis.Redis, TimeProvider.System, RedisFixture.Prefix());
        await store.UpsertAsync(TestPlaces.Make("office", HaTinhLat, HaTinhLon + 0.01, schedule: "mon-fri 08:00-17:00"), "t");
        await store.UpsertAsync(TestPlaces.Make("night", HongLinhLat, HongLinhLon, schedule: "fri 20:00-06:00"), "t");
        var fridayNight = new DateTimeOffset(2026, 11, 20, 23, 30, 0, OpeningSchedule.VietnamOffset);
        var saturdayMorning = fridayNight.AddHours(6.75);

        var atNight = await store.NearestAsync(new NearestQuery(HaTinhLat, HaTinhLon, 1) { OpenNow = true, At = fridayNight });
        var atDawn = await store.NearestAsync(new NearestQuery(HaTinhLat, HaTinhLon, 1) { OpenNow = true, At = saturdayMorning });

        Assert.Equal("night", Assert.Single(atNight).Place.Id);
        Assert.Empty(atDawn);
    }

    [Fact]
    public async Task Open_now_still_finds_a_place_stored_before_opening_minutes_were_kept()
    {
        var prefix = RedisFixture.Prefix();
        var store = new RedisPlaceStore(redis.Redis, TimeProvider.System, prefix);
        await store.UpsertAsync(TestPlaces.Make("old-closed", HaTinhLat, HaTinhLon + 0.01, schedule: "sat 08:00-09:00"), "t");
        await store.UpsertAsync(TestPlaces.Make("old-open", HongLinhLat, HongLinhLon, schedule: "mon-sun 00:00-24:00"), "t");
        foreach (var id in new[] { "old-closed", "old-open" })
        {
            await redis.Redis.GetDatabase().HashDeleteAsync(prefix + "place:" + id, "open_minutes");
        }

        var found = await store.NearestAsync(new NearestQuery(HaTinhLat, HaTinhLon, 1) { OpenNow = true, At = new DateTimeOffset(2026, 11, 23, 10, 0, 0, OpeningSchedule.VietnamOffset) });

        Assert.Equal("old-open", Assert.Single(found).Place.Id);
    }
}

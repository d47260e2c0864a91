using System.Text.Json;
using HotlineBot.Referral.Directory;
using GazetteerIndex = HotlineBot.Referral.Gazetteer.Gazetteer;

namespace HotlineBot.ReferralTests.Directory;

/// <summary>Staff changing the directory: create, edit from a revision, open/close, capacity, search — and what the nearest search sees.</summary>
public sealed class PlaceEditingTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    // Hà Tĩnh city centre (approximate) and Hồng Lĩnh, ~25 km apart.
    private const double HaTinhLat = 18.343, HaTinhLon = 105.906;
    private const double HongLinhLat = 18.533, HongLinhLon = 105.711;

    private static readonly GazetteerIndex Gazetteer = GazetteerIndex.Load(AppContext.BaseDirectory);

    [Fact]
    public async Task A_created_place_is_found_by_the_nearest_search_at_once_and_its_id_cannot_be_created_twice()
    {
        var store = new RedisPlaceStore(redis.Redis, TimeProvider.System, RedisFixture.Prefix());
        var place = TestPlaces.Make("new-1", HaTinhLat, HaTinhLon);

        Assert.Equal(new PlaceSave(PlaceSaveResult.Written, 1), await store.CreateAsync(place, "admin-1"));
        Assert.Equal(PlaceSaveResult.AlreadyExists, (await store.CreateAsync(place with { Name = "[DEMO] Khác" }, "admin-2")).Result);

        var near = await store.NearestAsync(new NearestQuery(HaTinhLat, HaTinhLon, 1));
        Assert.Equal("new-1", Assert.Single(near).Place.Id);
        Assert.Equal("[DEMO] Nhà tạm lánh new-1", (await store.GetAsync("new-1"))!.Name);
        var audit = Assert.Single(await store.ReadAuditAsync());
        Assert.Equal(("admin-1", "place:new-1", "create", ""), (audit.Who, audit.Entity, audit.Action, audit.Before));
    }

    [Fact]
    public async Task An_edit_from_an_old_revision_is_refused_and_changes_nothing()
    {
        var store = new RedisPlaceStore(redis.Redis, TimeProvider.System, RedisFixture.Prefix());
        var place = TestPlaces.Make("p1", HaTinhLat, HaTinhLon);
        await store.CreateAsync(place, "admin-1");
        var opened = (await store.GetStoredAsync("p1"))!;

        Assert.Equal(new PlaceSave(PlaceSaveResult.Written, 2), await store.EditAsync(opened.Place with { Commune = "Can Lộc" }, opened.Revision, "admin-1"));
        var stale = await store.EditAsync(opened.Place with { Commune = "Thạch Hà" }, opened.Revision, "admin-2");

        Assert.Equal(new PlaceSave(PlaceSaveResult.Stale, 2), stale);
        Assert.Equal("Can Lộc", (await store.GetAsync("p1"))!.Commune);
        Assert.Equal(PlaceSaveResult.NotFound, (await store.EditAsync(place with { Id = "missing" }, 1, "admin-1")).Result);
        var edit = (await store.ReadAuditAsync())[^1];
        Assert.Equal(("admin-1", "edit"), (edit.Who, edit.Action));
        Assert.Contains("Hồng Lĩnh", edit.Before);
        Assert.Contains("Can Lộc", edit.After);
    }

    [Fact]
    public async Task An_edit_moves_the_place_for_the_nearest_search_but_keeps_its_live_capacity()
    {
        var store = new RedisPlaceStore(redis.Redis, TimeProvider.System, RedisFixture.Prefix());
        await store.CreateAsync(TestPlaces.Make("p1", HaTinhLat, HaTinhLon, total: 10, available: 5), "admin-1");
        await store.ChangeCapacityAsync("p1", -2, "op-1");
        var opened = (await store.GetStoredAsync("p1"))!;
        Assert.Equal(1, opened.Revision); // taking places does not make an open edit stale

        await store.EditAsync(opened.Place with { Latitude = HongLinhLat, Longitude = HongLinhLon, CapacityTotal = 99, CapacityAvailable = 99 }, opened.Revision, "admin-1");

        var moved = Assert.Single(await store.NearestAsync(new NearestQuery(HongLinhLat, HongLinhLon, 1) { RadiusKm = 1, MaxRadiusKm = 1 }));
        Assert.Equal(("p1", 10, 3), (moved.Place.Id, moved.Place.CapacityTotal, moved.Place.CapacityAvailable));
        Assert.Empty(await store.NearestAsync(new NearestQuery(HaTinhLat, HaTinhLon, 1) { RadiusKm = 1, MaxRadiusKm = 1 }));
    }

    [Fact]
    public async Task A_temporarily_closed_place_is_no_longer_suggested_until_it_reopens_and_closing_makes_open_edits_stale()
    {
        var store = new RedisPlaceStore(redis.Redis, TimeProvider.System, RedisFixture.Prefix());
        await store.CreateAsync(TestPlaces.Make("p1", HaTinhLat, HaTinhLon), "admin-1");

        Assert.Equal(new PlaceSave(PlaceSaveResult.Written, 2), await store.SetStatusAsync("p1", PlaceStatus.TemporarilyClosed, "sup-1"));
        Assert.Empty(await store.NearestAsync(new NearestQuery(HaTinhLat, HaTinhLon, 3) { MaxRadiusKm = 50 }));
        Assert.Equal(PlaceSaveResult.Unchanged, (await store.SetStatusAsync("p1", PlaceStatus.TemporarilyClosed, "sup-1")).Result);
        Assert.Equal(PlaceSaveResult.Stale, (await store.EditAsync(TestPlaces.Make("p1", HaTinhLat, HaTinhLon), 1, "admin-1")).Result);

        await store.SetStatusAsync("p1", PlaceStatus.Active, "sup-1");
        Assert.Equal("p1", Assert.Single(await store.NearestAsync(new NearestQuery(HaTinhLat, HaTinhLon, 3))).Place.Id);
        Assert.Equal(PlaceSaveResult.NotFound, (await store.SetStatusAsync("missing", PlaceStatus.Active, "sup-1")).Result);
        var statuses = (await store.ReadAuditAsync()).Where(a => a.Action == "status").ToList();
        Assert.Equal(2, statuses.Count);
        Assert.All(statuses, a => Assert.Equal("sup-1", a.Who));
        Assert.Contains("temporarily-closed", statuses[0].After);
    }

    [Fact]
    public async Task Changing_the_total_keeps_occupied_places_occupied()
    {
        var store = new RedisPlaceStore(redis.Redis, TimeProvider.System, RedisFixture.Prefix());
        await store.CreateAsync(TestPlaces.Make("p1", HaTinhLat, HaTinhLon, total: 10, available: 4), "admin-1");

        Assert.Equal(new CapacityChange(true, 6), await store.SetCapacityTotalAsync("p1", 12, "sup-1"));
        Assert.Equal(new CapacityChange(true, 0), await store.SetCapacityTotalAsync("p1", 3, "sup-1"));
        Assert.Equal(new CapacityChange(false, 0), await store.SetCapacityTotalAsync("p1", 3, "sup-1"));
        Assert.True((await store.SetCapacityTotalAsync("missing", 3, "sup-1")).Unknown);
        Assert.True((await store.ChangeCapacityAsync("missing", 1, "sup-1")).Unknown);

        var last = (await store.ReadAuditAsync())[^1];
        Assert.Equal(("sup-1", "capacity"), (last.Who, last.Action));
        Assert.Contains("\"capacity_total\":12", last.Before);
        Assert.Contains("\"capacity_total\":3", last.After);
    }

    [Fact]
    public async Task Reimporting_over_an_edited_place_makes_the_open_edit_stale()
    {
        var store = new RedisPlaceStore(redis.Redis, TimeProvider.System, RedisFixture.Prefix());
        await store.UpsertAsync(TestPlaces.Make("p1", HaTinhLat, HaTinhLon), "import");
        var opened = (await store.GetStoredAsync("p1"))!;

        await store.UpsertAsync(TestPlaces.Make("p1", HaTinhLat, HaTinhLon) with { Commune = "Can Lộc" }, "import");

        Assert.Equal(PlaceSaveResult.Stale, (await store.EditAsync(opened.Place, opened.Revision, "admin-1")).Result);
    }

    [Fact]
    public async Task Staff_search_filters_by_province_kind_and_text_without_diacritics_and_pages()
    {
        var store = new RedisPlaceStore(redis.Redis, TimeProvider.System, RedisFixture.Prefix());
        for (var i = 0; i < 7; i++)
        {
            await store.CreateAsync(TestPlaces.Make($"shelter-{i}", HaTinhLat, HaTinhLon + (i * 0.01)), "admin-1");
        }
        await store.CreateAsync(TestPlaces.Make("police-1", HaTinhLat, HaTinhLon, HelpKind.Police) with { Commune = "Thạch Hà" }, "admin-1");
        await store.CreateAsync(TestPlaces.Make("hn-1", 21.03, 105.85) with { ProvinceId = "ha-noi" }, "admin-1");
        var all = await store.ListAsync();

        Assert.Equal(9, all.Count);
        var page2 = new PlaceSearch(ProvinceId: "ha-tinh", Kind: HelpKind.CommunityShelter, Page: 2, PageSize: 5).Apply(all);
        Assert.Equal((7, 2, 2), (page2.Total, page2.Page, page2.Pages));
        Assert.Equal(["shelter-5", "shelter-6"], page2.Items.Select(s => s.Place.Id));
        Assert.Equal("police-1", Assert.Single(new PlaceSearch(Text: "thach ha").Apply(all).Items).Place.Id);
        Assert.Equal("hn-1", Assert.Single(new PlaceSearch(ProvinceId: "ha-noi").Apply(all).Items).Place.Id);
        Assert.Empty(new PlaceSearch(Status: PlaceStatus.TemporarilyClosed).Apply(all).Items);
    }

    [Fact]
    public void The_console_and_the_import_refuse_the_same_place_for_the_same_reasons_each_tied_to_its_field()
    {
        using var doc = JsonDocument.Parse("""
            {"id": "Bad Id", "kind": "community-shelter", "name": "Nhà A", "province": "Atlantis", "commune": "x",
             "lat": 106.4, "lon": 21.1, "phones": ["abc"], "schedule": "mon-fri 8-17",
             "capacity_total": 2, "capacity_available": 3, "visibility": "public", "colour": "blue"}
            """);
        var problems = new List<PlaceProblem>();

        var place = PlaceValidator.Validate(PlaceJson.Fields(doc.RootElement, problems), Gazetteer, problems);

        Assert.Null(place);
        Assert.Equal(
            ["capacity_available", "colour", "id", "lat", "lon", "phones", "province", "schedule"],
            problems.Select(p => p.Field).Distinct().Order(StringComparer.Ordinal));
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Vietnamese)));
        Assert.Contains(problems, p => p.Field == "province" && p.Vietnamese.Contains("Atlantis", StringComparison.Ordinal));
    }

    [Fact]
    public void Overlong_text_too_many_phones_and_a_language_name_instead_of_a_code_are_refused()
    {
        var fields = new Dictionary<string, string>
        {
            ["id"] = "p1", ["kind"] = "police", ["name"] = new string('a', 201), ["province"] = "ha-tinh", ["commune"] = "Thạch Hà",
            ["lat"] = "18.34", ["lon"] = "105.9", ["phones"] = "113|114|115|116|117|118", ["schedule"] = "24/7",
            ["capacity_total"] = "0", ["capacity_available"] = "0", ["visibility"] = "public", ["languages"] = "vi|Vietnamese",
        };
        var problems = new List<PlaceProblem>();

        Assert.Null(PlaceValidator.Validate(fields, Gazetteer, problems));
        Assert.Equal(["languages", "name", "phones"], problems.Select(p => p.Field).Order(StringComparer.Ordinal));
    }
}

using HotlineBot.Referral.Directory;
using GazetteerIndex = HotlineBot.Referral.Gazetteer.Gazetteer;

namespace HotlineBot.ReferralTests.Directory;

public sealed class ShelterImporterTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private const string Header = "id,kind,name,organisation,province,commune,address,lat,lon,phones,schedule,capacity_total,capacity_available,accepts_children,accepts_men,disability_access,overnight,languages,status,visibility,verified_by,verified_at,demo";
    private const string GoodRow = "demo-a,community-shelter,[DEMO] Nhà A,[DEMO] Org,Hải Dương,Chí Linh,[DEMO] Số 0,21.13,106.39,0000 000 001,24/7,5,2,true,false,false,true,vi,active,public,t,2026-01-01,true";

    private static readonly GazetteerIndex Gazetteer = GazetteerIndex.Load(AppContext.BaseDirectory);

    private static string DemoFile => Path.Combine(AppContext.BaseDirectory, "dialogs", "shelters.demo.csv");

    [Fact]
    public async Task The_demo_file_imports_and_reimporting_it_changes_nothing()
    {
        var store = new RedisPlaceStore(redis.Redis, TimeProvider.System, RedisFixture.Prefix());
        var importer = new ShelterImporter(store, Gazetteer);

        var first = await importer.ImportAsync(DemoFile, "import-test");
        Assert.Empty(first.Errors);
        Assert.True(first.Written >= 15);
        var auditAfterFirst = (await store.ReadAuditAsync(1000)).Count;

        var again = await importer.ImportAsync(DemoFile, "import-test");

        Assert.Equal((0, first.Written), (again.Written, again.Unchanged));
        Assert.Equal(auditAfterFirst, (await store.ReadAuditAsync(1000)).Count);
        var chiLinh = await store.GetAsync("demo-hp-01");
        Assert.Equal("hai-phong", chiLinh!.ProvinceId);
        Assert.Equal("bac-ninh", (await store.GetAsync("demo-bn-01"))!.ProvinceId);
        Assert.Equal("ho-chi-minh", (await store.GetAsync("demo-hcm-03"))!.ProvinceId);
        Assert.True(chiLinh.Demo);
    }

    [Fact]
    public void Every_demo_place_is_obviously_fictitious_and_the_seed_provinces_are_covered()
    {
        var errors = new List<ImportError>();
        var places = new ShelterImporter(null!, Gazetteer).Validate(DemoFile, errors);

        Assert.Empty(errors);
        Assert.All(places, p => Assert.True(p.Demo && p.Name.StartsWith("[DEMO]") && p.Phones.All(n => n.StartsWith("0000")), p.Id));
        Assert.Superset(
            new HashSet<string> { "ha-tinh", "hai-phong", "bac-ninh", "lang-son", "ha-noi", "ho-chi-minh" },
            places.Select(p => p.ProvinceId).ToHashSet());
        Assert.Contains(places, p => p.Visibility == PlaceVisibility.OperatorsOnly);
    }

    [Fact]
    public async Task A_csv_with_any_error_reports_every_line_and_changes_nothing()
    {
        var store = new RedisPlaceStore(redis.Redis, TimeProvider.System, RedisFixture.Prefix());
        var file = Write("bad.csv", string.Join('\n',
            "# a comment",
            Header,
            GoodRow,
            GoodRow.Replace("demo-a,community-shelter", "demo-b,hotel"),
            GoodRow.Replace("demo-a", "demo-c").Replace("21.13,106.39", "106.39,21.13"),
            GoodRow,
            GoodRow.Replace("demo-a", "demo-e").Replace("Hải Dương", "Atlantis").Replace(",5,2,", ",2,5,"),
            GoodRow.Replace("demo-a", "demo-f").Replace("[DEMO] Nhà A", "Nhà A"),
            GoodRow.Replace("demo-a", "demo-g").Replace("Chí Linh", "Lục Ngạn")));

        var result = await new ShelterImporter(store, Gazetteer).ImportAsync(file, "import-test");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Line == 4 && e.Message.Contains("kind 'hotel'"));
        Assert.Contains(result.Errors, e => e.Line == 5 && e.Message.Contains("lat '106.39'"));
        Assert.Contains(result.Errors, e => e.Line == 6 && e.Message.Contains("already used on line 3"));
        Assert.Contains(result.Errors, e => e.Line == 7 && e.Message.Contains("province 'Atlantis'"));
        Assert.Contains(result.Errors, e => e.Line == 7 && e.Message.Contains("more than capacity_total"));
        Assert.Contains(result.Errors, e => e.Line == 8 && e.Message.Contains("[DEMO]"));
        Assert.Contains(result.Errors, e => e.Line == 9 && e.Message.Contains("is in Bắc Ninh, not Hải Phòng"));
        Assert.DoesNotContain(result.Errors, e => e.Line == 3);
        Assert.StartsWith("bad.csv:4: ", result.Errors.First(e => e.Line == 4).ToString());
        Assert.Equal(0, result.Written);
        Assert.Null(await store.GetAsync("demo-a"));
        Assert.Empty(await store.ReadAuditAsync());
        Assert.Empty(await store.NearestAsync(new NearestQuery(21.13, 106.39, 5)));
    }

    [Fact]
    public async Task A_json_file_imports_and_its_errors_carry_the_line_of_the_record()
    {
        var store = new RedisPlaceStore(redis.Redis, TimeProvider.System, RedisFixture.Prefix());
        const string record = """
              {
                "id": "demo-j1", "kind": "trusted-address", "name": "[DEMO] Địa chỉ J", "province": "Bắc Giang",
                "commune": "Việt Yên", "lat": 21.27, "lon": 106.09, "phones": ["0000 000 009", "0000 000 010"],
                "schedule": "24/7", "capacity_total": 2, "capacity_available": 1, "accepts_children": true,
                "visibility": "operators-only", "demo": true
              }
            """;
        var good = Write("good.json", "[\n" + record + "\n]");
        var bad = Write("bad.json", "[\n" + record + ",\n" + record.Replace("demo-j1", "demo-j2").Replace("\"24/7\"", "\"always\"") + "\n]");

        var failed = await new ShelterImporter(store, Gazetteer).ImportAsync(bad, "t");
        var error = Assert.Single(failed.Errors);
        Assert.Equal(8, error.Line);
        Assert.Null(await store.GetAsync("demo-j1"));

        var imported = await new ShelterImporter(store, Gazetteer).ImportAsync(good, "t");
        Assert.Equal(1, imported.Written);
        var place = await store.GetAsync("demo-j1");
        Assert.Equal(["0000 000 009", "0000 000 010"], place!.Phones);
        Assert.Equal(("bac-ninh", PlaceVisibility.OperatorsOnly, true), (place.ProvinceId, place.Visibility, place.Services.AcceptsChildren));
    }

    private static string Write(string name, string text)
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("hb-import-").FullName;
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}

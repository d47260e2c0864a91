using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HotlineBot.Referral.Directory;
using Microsoft.Extensions.DependencyInjection;
using static HotlineBot.EndToEnd.OperatorConsole.DirectoryPlaces;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>
/// Admins keep the directory of places of help from the console: add and edit with the import's rules, reasons in
/// Vietnamese next to each field, no silent overwrite between two admins; supervisors change capacity and open/close;
/// every change audited with the account; the bot's nearest search sees it at once.
/// </summary>
public sealed class DirectoryAdminTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    private const string Places = "/console/api/directory/places";

    private RedisPlaceStore Store => fixture.Server.Services.GetRequiredService<RedisPlaceStore>();

    [Fact]
    public async Task An_admin_adds_a_place_it_is_listed_and_the_nearest_search_finds_it_at_once_and_the_audit_names_the_admin()
    {
        using var tuan = await fixture.SignedInAsync("admin-tuan");
        var tuanId = await IdOfAsync(tuan);

        var added = await tuan.PostAsync(Places, Valid("test-add-01", HaTinhLat + 0.3, HaTinhLon));

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var entry = (await added.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(1, entry["version"]!.GetValue<long>());
        Assert.Equal("Hà Tĩnh", entry["provinceName"]!.GetValue<string>());
        Assert.Equal("ha-tinh", entry["place"]!["province"]!.GetValue<string>());
        var listed = await tuan.GetJsonAsync($"{Places}?province=ha-tinh&q=test-add");
        Assert.Equal("test-add-01", Assert.Single(listed["items"]!.AsArray())!["place"]!["id"]!.GetValue<string>());
        var near = await Store.NearestAsync(new NearestQuery(HaTinhLat + 0.3, HaTinhLon, 1));
        Assert.Equal("test-add-01", Assert.Single(near).Place.Id);
        var audit = (await Store.ReadAuditAsync(500)).Single(a => a.Entity == "place:test-add-01");
        Assert.Equal((tuanId, "create"), (audit.Who, audit.Action));
        Assert.Equal(HttpStatusCode.Conflict, (await tuan.PostAsync(Places, Valid("test-add-01"))).StatusCode);
    }

    [Theory]
    [InlineData("lat", 106.4, "lat", "Vĩ độ")]
    [InlineData("lat", 12.0, "lat", "cách trung tâm Hà Tĩnh")]
    [InlineData("province", "Atlantis", "province", "Không có tỉnh/thành 'Atlantis'")]
    [InlineData("phones", "gọi tôi", "phones", "không phải số điện thoại")]
    [InlineData("schedule", "thứ hai 8h-17h", "schedule", "Giờ mở cửa")]
    [InlineData("capacity_available", 9, "capacity_available", "nhiều hơn tổng số chỗ")]
    [InlineData("name", "Nhà không có nhãn demo", "name", "[DEMO]")]
    public async Task A_place_that_breaks_an_import_rule_is_refused_with_the_reason_in_vietnamese_next_to_its_field(string field, object value, string errorField, string reason)
    {
        using var tuan = await fixture.SignedInAsync("admin-tuan");
        var body = Valid("test-bad-01").With(field, value is string s ? JsonValue.Create(s) : JsonValue.Create(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)));

        var refused = await tuan.PostAsync(Places, body);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Contains(errors[errorField]!.AsArray(), e => e!.GetValue<string>().Contains(reason, StringComparison.Ordinal));
        Assert.Null(await Store.GetAsync("test-bad-01"));
    }

    [Fact]
    public async Task An_unknown_place_is_404_for_reading_editing_capacity_and_status()
    {
        using var tuan = await fixture.SignedInAsync("admin-tuan");

        Assert.Equal(HttpStatusCode.NotFound, (await tuan.GetAsync($"{Places}/test-missing")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await EditAsync(tuan, "test-missing", Valid("test-missing"), 1)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tuan.PostAsync($"{Places}/test-missing/capacity", new JsonObject { ["delta"] = -1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tuan.PostAsync($"{Places}/test-missing/status", new JsonObject { ["status"] = "active" })).StatusCode);
    }

    [Fact]
    public async Task Two_admins_editing_the_same_place_the_second_is_refused_with_409_instead_of_overwriting()
    {
        using var first = await fixture.SignedInAsync("admin-tuan");
        using var second = await fixture.SignedInAsync("admin-tuan");
        (await first.PostAsync(Places, Valid("test-edit-01"))).EnsureSuccessStatusCode();
        var openedByFirst = await first.GetJsonAsync($"{Places}/test-edit-01");
        var openedBySecond = await second.GetJsonAsync($"{Places}/test-edit-01");
        var version = openedByFirst["version"]!.GetValue<long>();

        var saved = await EditAsync(first, "test-edit-01", openedByFirst["place"]!.AsObject().With("commune", "Can Lộc"), version);
        var stale = await EditAsync(second, "test-edit-01", openedBySecond["place"]!.AsObject().With("name", "[DEMO] Tên khác"), version);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(version + 1, (await saved.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var reason = (await stale.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Contains("Người khác đã sửa", reason["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(version + 1, reason["version"]!.GetValue<long>());
        var stored = (await Store.GetAsync("test-edit-01"))!;
        Assert.Equal(("Can Lộc", "[DEMO] Nhà tạm lánh test-edit-01"), (stored.Commune, stored.Name));
        var withoutVersion = await second.SendAsync(HttpMethod.Put, $"{Places}/test-edit-01", openedBySecond["place"]!.AsObject());
        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutVersion.StatusCode);
    }

    [Fact]
    public async Task A_supervisor_changes_capacity_and_closes_a_place_the_nearest_search_follows_and_the_audit_names_the_supervisor()
    {
        using var tuan = await fixture.SignedInAsync("admin-tuan");
        using var hoa = await fixture.SignedInAsync("sup-hoa");
        var hoaId = await IdOfAsync(hoa);
        (await tuan.PostAsync(Places, Valid("test-cap-01", HaTinhLat - 0.3, HaTinhLon))).EnsureSuccessStatusCode();

        var taken = await hoa.PostAsync($"{Places}/test-cap-01/capacity", new JsonObject { ["delta"] = -1 });
        var grown = await hoa.PostAsync($"{Places}/test-cap-01/capacity", new JsonObject { ["total"] = 8 });
        var tooMany = await hoa.PostAsync($"{Places}/test-cap-01/capacity", new JsonObject { ["delta"] = 5 });
        var neither = await hoa.PostAsync($"{Places}/test-cap-01/capacity", new JsonObject());

        Assert.Equal(3, (await taken.Content.ReadFromJsonAsync<JsonObject>())!["place"]!["capacity_available"]!.GetValue<int>());
        var afterGrowth = (await grown.Content.ReadFromJsonAsync<JsonObject>())!["place"]!;
        Assert.Equal((8, 5), (afterGrowth["capacity_total"]!.GetValue<int>(), afterGrowth["capacity_available"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.Conflict, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, neither.StatusCode);
        var near = await Store.NearestAsync(new NearestQuery(HaTinhLat - 0.3, HaTinhLon, 1));
        Assert.Equal(("test-cap-01", 5), (near[0].Place.Id, near[0].Place.CapacityAvailable));

        var closed = await hoa.PostAsync($"{Places}/test-cap-01/status", new JsonObject { ["status"] = "temporarily-closed" });

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.DoesNotContain(await Store.NearestAsync(new NearestQuery(HaTinhLat - 0.3, HaTinhLon, 10)), m => m.Place.Id == "test-cap-01");
        Assert.Equal(HttpStatusCode.BadRequest, (await hoa.PostAsync($"{Places}/test-cap-01/status", new JsonObject { ["status"] = "open" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hoa.PostAsync(Places, Valid("test-cap-02"))).StatusCode);
        var changes = (await Store.ReadAuditAsync(500)).Where(a => a.Entity == "place:test-cap-01").ToList();
        Assert.Equal(["create", "capacity", "capacity", "status"], changes.Select(a => a.Action));
        Assert.All(changes.Skip(1), a => Assert.Equal(hoaId, a.Who));
        Assert.Contains("temporarily-closed", changes[^1].After);
    }

    [Fact]
    public async Task An_operator_cannot_read_the_directory_listing_and_a_search_with_a_bad_filter_says_why()
    {
        using var lan = await fixture.SignedInAsync("op-lan");
        using var tuan = await fixture.SignedInAsync("admin-tuan");

        Assert.Equal(HttpStatusCode.Forbidden, (await lan.GetAsync(Places)).StatusCode);
        var bad = await tuan.GetAsync($"{Places}?province=atlantis&kind=hotel&page=zero");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["kind", "page", "province"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    private static Task<HttpResponseMessage> EditAsync(ConsoleClient client, string id, JsonObject place, long version) =>
        client.SendAsync(HttpMethod.Put, $"{Places}/{id}", place, headers: new Dictionary<string, string> { ["If-Match"] = $"\"{version}\"" });

    private static async Task<string> IdOfAsync(ConsoleClient client) =>
        (await client.GetJsonAsync("/console/api/me"))["id"]!.GetValue<string>();
}

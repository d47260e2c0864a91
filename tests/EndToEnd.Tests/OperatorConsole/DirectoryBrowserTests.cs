using System.Globalization;
using HotlineBot.EndToEnd.Browser;
using HotlineBot.Referral.Cases;
using HotlineBot.Referral.Directory;
using HotlineBot.Referral.Gazetteer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>The directory section of the console in Chromium: an admin adds a place and changes its capacity; an operator's case shows it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DirectoryBrowserTests(ConsoleBrowserFixture fixture) : IClassFixture<ConsoleBrowserFixture>
{
    private const string Name = "[DEMO] Nhà tạm lánh Chromium";

    [Fact]
    public async Task Admin_adds_a_place_fixes_a_refused_phone_changes_capacity_and_an_operators_case_view_and_the_nearest_search_show_it()
    {
        var haTinh = fixture.Server.Services.GetRequiredService<Gazetteer>().Province("ha-tinh")!;
        await using var adminLaptop = await fixture.NewLaptopContextAsync();
        var tuan = await ConsolePage.SignInAsync(adminLaptop, "admin-tuan", ConsoleFixture.Password);
        var page = tuan.Page;
        var form = page.Locator("#dir-form");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Danh bạ nơi hỗ trợ" })).ToBeVisibleAsync();
        await Expect(page.Locator("#login")).ToBeHiddenAsync(); // styled display: grid, the sign-in form once stayed on screen
        await Expect(form).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm nơi hỗ trợ" }).ClickAsync();
        await form.GetByLabel("Tên", new() { Exact = true }).FillAsync(Name);
        await form.GetByLabel("Loại nơi hỗ trợ").SelectOptionAsync("community-shelter");
        await form.GetByLabel("Tỉnh/thành").SelectOptionAsync("ha-tinh");
        await form.GetByLabel("Xã/phường").FillAsync("Thạch Hà");
        await form.GetByLabel("Vĩ độ").FillAsync((haTinh.Latitude + 0.001).ToString("R", CultureInfo.InvariantCulture).Replace('.', ','));
        await form.GetByLabel("Kinh độ").FillAsync(haTinh.Longitude.ToString("R", CultureInfo.InvariantCulture));
        await form.GetByLabel("Số điện thoại", new() { Exact = false }).FillAsync("gọi tôi");
        await form.GetByLabel("Tổng số chỗ").FillAsync("6");
        await form.GetByLabel("Số chỗ trống").FillAsync("4");
        await form.GetByLabel("Nhận trẻ em").CheckAsync();
        await form.GetByLabel("Dữ liệu minh hoạ", new() { Exact = false }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Lưu nơi hỗ trợ" }).ClickAsync();

        await Expect(page.Locator("#f-phones-error")).ToContainTextAsync("không phải số điện thoại");
        await Expect(form.GetByLabel("Số điện thoại", new() { Exact = false })).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.GetByLabel("Số điện thoại", new() { Exact = false })).ToBeFocusedAsync();
        await form.GetByLabel("Số điện thoại", new() { Exact = false }).FillAsync("0000 000 777");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lưu nơi hỗ trợ" }).ClickAsync();

        var row = page.Locator("#dir-rows tr").Filter(new() { HasTextString = Name });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(form).ToBeHiddenAsync();
        await Expect(row.Locator(".capacity-count")).ToHaveTextAsync("4/6");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Thêm một chỗ trống: {Name}" }).ClickAsync();
        await Expect(row.Locator(".capacity-count")).ToHaveTextAsync("5/6");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Thêm một chỗ trống: {Name}" })).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Bớt một chỗ trống: {Name}" }).ClickAsync();
        await Expect(row.Locator(".capacity-count")).ToHaveTextAsync("4/6");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Bớt một chỗ trống: {Name}" }).ClickAsync();
        await Expect(row.Locator(".capacity-count")).ToHaveTextAsync("3/6");

        var near = await fixture.Server.Services.GetRequiredService<RedisPlaceStore>().NearestAsync(new NearestQuery(haTinh.Latitude, haTinh.Longitude, 1));
        Assert.Equal((Name, 3), (near[0].Place.Name, near[0].Place.CapacityAvailable));

        await fixture.Server.Services.GetRequiredService<RedisCaseStore>().CreateAsync(
            new NewCase("directline", "directory-browser-test", CaseRisk.High, ["threat"], "ha-tinh", null, [], null, null), "test");
        await using var operatorLaptop = await fixture.NewLaptopContextAsync();
        var lan = await ConsolePage.SignInAsync(operatorLaptop, "op-lan", ConsoleFixture.Password);
        await Expect(lan.Page.GetByRole(AriaRole.Heading, new() { Name = "Danh bạ nơi hỗ trợ" })).ToBeHiddenAsync();
        await lan.ClaimFirstAsync();

        var suggested = lan.Page.GetByRole(AriaRole.List, new() { Name = "Nơi hỗ trợ gần nhất" }).Locator("li").Filter(new() { HasTextString = Name });
        await Expect(suggested).ToContainTextAsync("còn 3/6 chỗ");
        await Expect(suggested).ToContainTextAsync("chỉ tư vấn viên được biết");
    }

    [Fact]
    public async Task A_supervisor_closes_a_place_from_the_table_with_the_keyboard_and_cannot_add_one()
    {
        var store = fixture.Server.Services.GetRequiredService<RedisPlaceStore>();
        var haTinh = fixture.Server.Services.GetRequiredService<Gazetteer>().Province("ha-tinh")!;
        var place = new Place("test-close-01", HelpKind.Health, "[DEMO] Trạm y tế bàn phím", "[DEMO]", "ha-tinh", "Thạch Hà", "[DEMO] Số 3",
            haTinh.Latitude - 0.01, haTinh.Longitude, ["0000 000 333"], OpeningSchedule.Always, 2, 2, new PlaceServices(true, true, true, false, ["vi"]),
            PlaceStatus.Active, PlaceVisibility.Public, "test", null, true);
        await store.CreateAsync(place, "test");
        await using var laptop = await fixture.NewLaptopContextAsync();
        var hoa = await ConsolePage.SignInAsync(laptop, "sup-hoa", ConsoleFixture.Password);
        var page = hoa.Page;
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Thêm nơi hỗ trợ" })).ToBeHiddenAsync();

        await page.GetByLabel("Tìm", new() { Exact = true }).FillAsync("tram y te ban phim");
        await page.GetByLabel("Tìm", new() { Exact = true }).PressAsync("Enter");
        var row = page.Locator("#dir-rows tr");
        await Expect(row).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạm đóng: [DEMO] Trạm y tế bàn phím" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(row.First).ToContainTextAsync("Tạm đóng");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mở lại: [DEMO] Trạm y tế bàn phím" })).ToBeFocusedAsync();
        await Expect(page.Locator("#dir-live")).ToHaveTextAsync("[DEMO] Trạm y tế bàn phím: Tạm đóng.");
        Assert.Equal(PlaceStatus.TemporarilyClosed, (await store.GetAsync("test-close-01"))!.Status);
        Assert.DoesNotContain(await store.NearestAsync(new NearestQuery(haTinh.Latitude, haTinh.Longitude, 10)), m => m.Place.Id == "test-close-01");
        await Expect(row.First.GetByRole(AriaRole.Button, new() { Name = "Sửa: [DEMO] Trạm y tế bàn phím" })).ToHaveCountAsync(0);
    }
}

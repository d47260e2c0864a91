using System.Diagnostics;
using HotlineBot.EndToEnd.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>The operator console in Chromium, with a citizen on our web chat in a second browser context.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsoleBrowserTests(ConsoleBrowserFixture fixture) : IClassFixture<ConsoleBrowserFixture>
{
    [Fact]
    public async Task Operator_sees_a_case_arrive_live_claims_it_chats_with_the_citizen_and_closes_it_while_a_second_operator_cannot_take_it()
    {
        await using var lanLaptop = await fixture.NewLaptopContextAsync();
        await using var minhLaptop = await fixture.NewLaptopContextAsync();
        await using var phone = await fixture.NewPhoneContextAsync();
        var lan = await ConsolePage.SignInAsync(lanLaptop, "op-lan", ConsoleFixture.Password);
        var minh = await ConsolePage.SignInAsync(minhLaptop, "op-minh", ConsoleFixture.Password);
        await Expect(lan.Queue).ToHaveCountAsync(0);
        var chat = await ChatPage.OpenAsync(phone);

        await chat.SendAsync("gặp tư vấn viên");

        await Expect(chat.BotMessages.Filter(new() { HasTextString = "vị trí số 1" })).ToBeVisibleAsync();
        await Expect(lan.Queue).ToHaveCountAsync(1);
        await Expect(minh.Queue).ToHaveCountAsync(1);
        await Expect(lan.Queue.First).ToContainTextAsync("Web chat");
        await Expect(lan.Queue.First).Not.ToContainTextAsync("0000");

        await lan.ClaimFirstAsync();
        await Expect(chat.BotMessages.Filter(new() { HasTextString = "Một tư vấn viên đã vào" })).ToBeVisibleAsync();
        await Expect(minh.Queue).ToHaveCountAsync(0);
        await minh.Page.GetByRole(AriaRole.Button, new() { Name = "Nhận ca khẩn cấp nhất" }).ClickAsync();
        await Expect(minh.Notice).ToHaveTextAsync("Hàng chờ đang trống.");

        await chat.SendAsync("Tôi sợ lắm");
        await Expect(lan.Lines.Filter(new() { HasTextString = "Tôi sợ lắm" })).ToBeVisibleAsync();
        await lan.SayAsync("Mình ở đây với bạn. Bạn có an toàn không?");
        await Expect(chat.BotMessages.Filter(new() { HasTextString = "Mình ở đây với bạn. Bạn có an toàn không?" })).ToBeVisibleAsync();

        await lan.CloseCaseAsync("counselled");
        await Expect(chat.BotMessages.Filter(new() { HasTextString = "kết thúc cuộc trò chuyện" })).ToContainTextAsync("113");
        await Expect(lan.Page.Locator("#case-status")).ToHaveTextAsync("Đã kết thúc");
    }

    [Fact]
    public async Task A_supervisor_sees_who_holds_each_live_case_and_takes_one_over_and_an_admin_adds_an_account()
    {
        await using var phone = await fixture.NewPhoneContextAsync();
        var chat = await ChatPage.OpenAsync(phone);
        await chat.SendAsync("gặp tư vấn viên");
        await Expect(chat.BotMessages.Filter(new() { HasTextString = "hàng chờ" })).ToBeVisibleAsync();
        using var lan = await SignedInClientAsync("op-lan");
        var claimed = await lan.PostAsync("/console/api/cases/next/claim");
        claimed.EnsureSuccessStatusCode();
        await using var laptop = await fixture.NewLaptopContextAsync();
        var hoa = await ConsolePage.SignInAsync(laptop, "sup-hoa", ConsoleFixture.Password);
        var live = hoa.Page.GetByRole(AriaRole.List, new() { Name = "Tất cả ca đang xử lý" }).Locator("li");

        await Expect(live.Filter(new() { HasTextString = "phụ trách: op-lan" })).ToHaveCountAsync(1);
        await live.Filter(new() { HasTextString = "phụ trách: op-lan" }).GetByRole(AriaRole.Button, new() { Name = "Nhận lại ca này" }).ClickAsync();

        await Expect(live.Filter(new() { HasTextString = "phụ trách: tôi" })).ToHaveCountAsync(1);
        await Expect(chat.BotMessages.Filter(new() { HasTextString = "chuyển tới một tư vấn viên khác" })).ToBeVisibleAsync();
        await Expect(hoa.Page.GetByRole(AriaRole.Heading, new() { Name = "Tài khoản" })).ToBeHiddenAsync();

        await using var adminLaptop = await fixture.NewLaptopContextAsync();
        var tuan = await ConsolePage.SignInAsync(adminLaptop, "admin-tuan", ConsoleFixture.Password);
        await tuan.Page.GetByLabel("Tên tài khoản mới").FillAsync("op-moi");
        await tuan.Page.GetByLabel("Vai trò").SelectOptionAsync("operator");
        await tuan.Page.GetByLabel("Đặt mật khẩu").FillAsync("mật khẩu mới đủ dài 2026");
        await tuan.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu tài khoản" }).ClickAsync();
        await Expect(tuan.Page.GetByRole(AriaRole.List, new() { Name = "Tài khoản" })).ToContainTextAsync("op-moi (operator)");
        using var newcomer = new ConsoleClient(fixture.Server.BaseUrl);
        Assert.True((await newcomer.LoginAsync("op-moi", "mật khẩu mới đủ dài 2026")).IsSuccessStatusCode);
    }

    private async Task<ConsoleClient> SignedInClientAsync(string name)
    {
        var client = new ConsoleClient(fixture.Server.BaseUrl);
        (await client.LoginAsync(name, ConsoleFixture.Password)).EnsureSuccessStatusCode();
        return client;
    }

    [Fact]
    public async Task With_500_cases_waiting_the_whole_queue_is_listed_within_three_seconds_of_signing_in()
    {
        var store = (HotlineBot.Referral.Cases.RedisCaseStore)fixture.Server.Services.GetService(typeof(HotlineBot.Referral.Cases.RedisCaseStore))!;
        for (var i = 0; i < 500; i++)
        {
            await store.CreateAsync(new HotlineBot.Referral.Cases.NewCase("directline", $"bench-{i}", (HotlineBot.Referral.Cases.CaseRisk)(i % 3), ["threat"], "ha-noi", null, [], null, null), "test");
        }
        await using var laptop = await fixture.NewLaptopContextAsync();
        var page = await laptop.NewPageAsync();
        await page.GotoAsync("/console/");
        await page.GetByLabel("Tên đăng nhập", new() { Exact = true }).FillAsync("sup-hoa");
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(ConsoleFixture.Password);

        var clock = Stopwatch.StartNew();
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Hàng chờ" }).Locator("li")).ToHaveCountAsync(500);
        var rendered = clock.Elapsed;

        Assert.True(rendered < TimeSpan.FromSeconds(3), $"500 queued cases took {rendered.TotalMilliseconds:F0} ms from sign-in to render");
        await Console.Out.WriteLineAsync($"console: 500 queued cases rendered {rendered.TotalMilliseconds:F0} ms after clicking Đăng nhập");
        for (var i = 0; i < 500; i++)
        {
            await store.ClaimNextAsync("cleanup");
        }
    }
}

using HotlineBot.EndToEnd.Browser;
using HotlineBot.Operators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>An admin locks a staff account from the console in Chromium; the account can no longer sign in until unlocked.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountAdminBrowserTests(ConsoleBrowserFixture fixture) : IClassFixture<ConsoleBrowserFixture>
{
    [Fact]
    public async Task Admin_locks_an_account_and_it_cannot_sign_in_until_unlocked()
    {
        await fixture.Server.Services.GetRequiredService<OperatorAccountStore>().SaveAsync("op-khoa", OperatorRoles.Operator, ConsoleFixture.Password);
        await using var adminLaptop = await fixture.NewLaptopContextAsync();
        var page = (await ConsolePage.SignInAsync(adminLaptop, "admin-tuan", ConsoleFixture.Password)).Page;
        var account = page.Locator("#users li").Filter(new() { HasTextString = "op-khoa" });

        await page.GetByRole(AriaRole.Button, new() { Name = "Khóa tài khoản op-khoa" }).ClickAsync();

        await Expect(account).ToContainTextAsync("đã khóa");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Khóa tài khoản admin-tuan" })).ToHaveCountAsync(0); // never oneself
        using (var client = new ConsoleClient(fixture.Server.BaseUrl))
        {
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await client.LoginAsync("op-khoa", ConsoleFixture.Password)).StatusCode);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Mở khóa tài khoản op-khoa" }).ClickAsync();

        await Expect(account).Not.ToContainTextAsync("đã khóa");
        using var unlocked = new ConsoleClient(fixture.Server.BaseUrl);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await unlocked.LoginAsync("op-khoa", ConsoleFixture.Password)).StatusCode);
    }
}

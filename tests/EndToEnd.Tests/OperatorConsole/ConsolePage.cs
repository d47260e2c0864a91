using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>The operator console, driven the way an operator uses it.</summary>
public sealed class ConsolePage(IPage page)
{
    public IPage Page => page;

    public ILocator Queue => page.GetByRole(AriaRole.List, new() { Name = "Hàng chờ" }).Locator("li");

    public ILocator Lines => page.GetByRole(AriaRole.Log, new() { Name = "Trò chuyện với người dùng" }).Locator(".line");

    public ILocator Notice => page.Locator("#notice");

    public static async Task<ConsolePage> SignInAsync(IBrowserContext context, string name, string password)
    {
        var console = new ConsolePage(await context.NewPageAsync());
        await console.Page.GotoAsync("/console/");
        await console.Page.GetByLabel("Tên đăng nhập", new() { Exact = true }).FillAsync(name);
        await console.Page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(password);
        await console.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        // Signed in: the sign-in form is gone and the desk is shown ("Ca của tôi" for operators, every live case for supervisors).
        await Expect(console.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToBeVisibleAsync();
        await Expect(console.Page.Locator("#login")).ToBeHiddenAsync();
        await Expect(console.Page.Locator("#mine-title")).ToBeVisibleAsync();
        return console;
    }

    public Task ClaimFirstAsync() => Queue.First.GetByRole(AriaRole.Button, new() { Name = "Nhận ca" }).ClickAsync();

    public async Task SayAsync(string text)
    {
        await page.GetByPlaceholder("Nhắn cho người dùng…").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi", Exact = true }).ClickAsync();
    }

    public async Task CloseCaseAsync(string outcome)
    {
        await page.GetByLabel("Kết quả").SelectOptionAsync(outcome);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kết thúc ca" }).ClickAsync();
    }
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HotlineBot.EndToEnd.Browser;

[Collection(BrowserCollection.Name)]
public sealed class QuickExitTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Quick_exit_button_replaces_the_chat_with_a_neutral_site_and_leaves_no_way_back()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var chat = await ChatPage.OpenAsync(context);
        await chat.SendAsync("Tôi sợ lắm");
        await chat.ExpectDeliveredAsync("Tôi sợ lắm");
        var historyLength = await chat.Page.EvaluateAsync<int>("history.length");

        await LeaveAsync(chat.Page, chat.ClickQuickExitAsync);

        await ExpectLeftWithoutTraceAsync(chat.Page, context, historyLength, fixture.BaseUrl);
    }

    [Fact]
    public async Task Pressing_escape_twice_quickly_while_typing_exits_too()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var chat = await ChatPage.OpenAsync(context);
        var historyLength = await chat.Page.EvaluateAsync<int>("history.length");
        await chat.TypeDraftAsync("Anh ấy đang về");

        await LeaveAsync(chat.Page, chat.PressEscapeTwiceAsync);

        await ExpectLeftWithoutTraceAsync(chat.Page, context, historyLength, fixture.BaseUrl);
    }

    [Fact]
    public async Task A_single_escape_does_not_exit()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var chat = await ChatPage.OpenAsync(context);

        await chat.Page.Keyboard.PressAsync("Escape");
        await chat.Page.WaitForTimeoutAsync(1_300);
        await chat.Page.Keyboard.PressAsync("Escape");
        await chat.Page.WaitForTimeoutAsync(300);

        Assert.False(NeutralSite.IsNeutral(chat.Page.Url));
        await Expect(chat.BotMessages.First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Quick_exit_is_always_visible_at_the_top()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var chat = await ChatPage.OpenAsync(context);

        var button = chat.Page.GetByRole(AriaRole.Button, new() { Name = "Thoát nhanh" });
        await Expect(button).ToBeInViewportAsync();
        var box = await button.BoundingBoxAsync();
        Assert.True(box!.Y < 80, $"Quick exit should be in the header, was at y={box.Y}");
    }

    // Polls the page's address: page.WaitForURLAsync begun after a very fast exit can miss the navigation.
    private static async Task LeaveAsync(IPage page, Func<Task> action)
    {
        await action();
        await Expect(page).ToHaveURLAsync(NeutralSite.Address);
    }

    private static async Task ExpectLeftWithoutTraceAsync(IPage page, IBrowserContext context, int historyLengthBefore, Uri chat)
    {
        Assert.Equal(historyLengthBefore, await page.EvaluateAsync<int>("history.length"));
        await StorageProbe.ExpectContextEmptyAsync(context);

        await page.GoBackAsync();

        Assert.False(page.Url.StartsWith(chat.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal), $"Back went to the chat: {page.Url}");
    }
}

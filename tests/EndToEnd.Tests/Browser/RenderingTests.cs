using static Microsoft.Playwright.Assertions;

namespace HotlineBot.EndToEnd.Browser;

[Collection(BrowserCollection.Name)]
public sealed class RenderingTests(BrowserFixture fixture)
{
    private static readonly object Bot = new { id = "bot", name = "Bot", role = "bot" };

    [Fact]
    public async Task Markup_in_a_bot_message_is_shown_as_plain_text_never_run()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        var tap = await BotStreamTap.AttachAsync(page);
        await page.GotoAsync("/");
        var chat = new ChatPage(page);
        await chat.WaitForGreetingAsync();

        const string Hostile = "<img src=x onerror=\"window.pwned=1\"><a href=\"javascript:window.pwned=2\">bấm</a> javascript:alert(1)";
        tap.SendFromBot(new { type = "message", id = tap.NextId(), from = Bot, text = Hostile });

        await Expect(chat.BotMessages.Last).ToHaveTextAsync(Hostile);
        Assert.Equal(0, await chat.Conversation.Locator("img, a[href^='javascript']").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("window.pwned === undefined"));
    }

    [Fact]
    public async Task Typing_from_the_bot_shows_three_dots_until_the_message_arrives_or_five_seconds_pass()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        var tap = await BotStreamTap.AttachAsync(page);
        await page.GotoAsync("/");
        var chat = new ChatPage(page);
        await chat.WaitForGreetingAsync();
        var typing = page.Locator("#typing");

        tap.SendFromBot(new { type = "typing", from = Bot });
        await Expect(typing).ToBeVisibleAsync();
        await Expect(typing.Locator(".dot")).ToHaveCountAsync(3);
        tap.SendFromBot(new { type = "message", id = tap.NextId(), from = Bot, text = "Mình đang ở đây." });
        await Expect(typing).ToBeHiddenAsync();

        tap.SendFromBot(new { type = "typing", from = Bot });
        await Expect(typing).ToBeVisibleAsync();
        await Expect(typing).ToBeHiddenAsync(new() { Timeout = 7_000 });
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_is_shown_once()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        var tap = await BotStreamTap.AttachAsync(page);
        await page.GotoAsync("/");
        var chat = new ChatPage(page);
        await chat.WaitForGreetingAsync();
        var repeated = new { type = "message", id = tap.NextId(), from = Bot, text = "Tin nhắn lặp lại" };

        tap.SendFromBot(repeated);
        tap.SendFromBot(repeated);
        tap.SendFromBot(new { type = "message", id = tap.NextId(), from = Bot, text = "Tin cuối" });

        await Expect(chat.BotMessages.Last).ToContainTextAsync("Tin cuối");
        await Expect(chat.BotMessages.Filter(new() { HasTextString = "Tin nhắn lặp lại" })).ToHaveCountAsync(1);
    }
}

using static Microsoft.Playwright.Assertions;

namespace HotlineBot.EndToEnd.Browser;

/// <summary>Microsoft's own Web Chat, unchanged, works against our Direct Line server.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MicrosoftWebChatTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Microsoft_Web_Chat_shows_the_greeting_sends_a_message_and_renders_the_reply()
    {
        await using var context = await fixture.NewPhoneContextAsync(options => options.Locale = "en-US");
        var page = await context.NewPageAsync();
        await MicrosoftWebChatBundle.OpenAsync(page, fixture.BaseUrl);
        var activities = page.Locator(".webchat__basic-transcript__activity");

        await Expect(activities.Filter(new() { HasTextString = "113" }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var shownBefore = await activities.CountAsync();
        var sendBox = page.Locator("[data-id='webchat-sendbox-input']");
        await sendBox.FillAsync("Tôi cần tư vấn");
        await sendBox.PressAsync("Enter");

        await Expect(activities.Nth(shownBefore)).ToContainTextAsync("Tôi cần tư vấn");
        await Expect(activities.Nth(shownBefore + 1)).ToContainTextAsync("Bot said", new() { Timeout = 25_000 });
        await Expect(page.GetByText("Send failed")).ToHaveCountAsync(0);
    }
}

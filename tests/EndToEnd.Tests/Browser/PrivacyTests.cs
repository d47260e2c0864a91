using static Microsoft.Playwright.Assertions;

namespace HotlineBot.EndToEnd.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PrivacyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Chatting_leaves_nothing_in_browser_storage_or_the_address_bar()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var chat = await ChatPage.OpenAsync(context);
        var historyLength = await chat.Page.EvaluateAsync<int>("history.length");

        await chat.ClickQuickReplyAsync("Tìm nơi tạm lánh");
        await chat.ExpectDeliveredAsync("Tìm nơi tạm lánh");
        await chat.SendAsync("Chồng tôi đánh tôi");
        await chat.ExpectDeliveredAsync("Chồng tôi đánh tôi");

        await StorageProbe.ExpectPageEmptyAsync(chat.Page);
        await StorageProbe.ExpectContextEmptyAsync(context);
        Assert.Equal(historyLength, await chat.Page.EvaluateAsync<int>("history.length"));
    }

    [Fact]
    public async Task Page_is_Vietnamese_UTF8_sends_no_referrer_and_has_a_neutral_title()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var chat = await ChatPage.OpenAsync(context);

        await Expect(chat.Page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        Assert.Equal("UTF-8", await chat.Page.EvaluateAsync<string>("document.characterSet"));
        await Expect(chat.Page.Locator("meta[name=referrer]")).ToHaveAttributeAsync("content", "no-referrer");
        Assert.Equal("Tư vấn hỗ trợ", await chat.Page.TitleAsync());
    }
}

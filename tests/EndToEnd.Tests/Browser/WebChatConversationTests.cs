using Microsoft.Playwright;
using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace HotlineBot.EndToEnd.Browser;

[Collection(BrowserCollection.Name)]
public sealed class WebChatConversationTests(BrowserFixture fixture)
{
    // Hoàn Kiếm, Hà Nội.
    private static readonly Geolocation HoanKiem = new() { Latitude = 21.0285f, Longitude = 105.8542f };

    [Fact]
    public async Task Citizen_sends_a_message_and_the_bot_answers()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var chat = await ChatPage.OpenAsync(context);
        var botMessagesBefore = await chat.BotMessages.CountAsync();

        await chat.SendAsync("Tôi cần tư vấn");

        await chat.ExpectDeliveredAsync("Tôi cần tư vấn");
        await chat.ExpectBotRepliesAfterAsync(botMessagesBefore);
        await Expect(chat.Page.GetByPlaceholder("Nhập tin nhắn…")).ToHaveValueAsync(string.Empty);
    }

    [Fact]
    public async Task Greeting_offers_quick_replies_and_clicking_one_answers_with_its_text()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var chat = await ChatPage.OpenAsync(context);
        await Expect(chat.QuickReplies.Filter(new() { HasTextString = "Tôi đang gặp nguy hiểm" })).ToBeVisibleAsync();
        var botMessagesBefore = await chat.BotMessages.CountAsync();

        await chat.ClickQuickReplyAsync("Tìm nơi tạm lánh");

        await chat.ExpectDeliveredAsync("Tìm nơi tạm lánh");
        await chat.ExpectBotRepliesAfterAsync(botMessagesBefore);
        Assert.True(await chat.QuickRepliesFollowTheLatestBotMessageAsync(), "Quick replies belong under the latest bot message only");
    }

    [Fact]
    public async Task Quick_replies_disappear_as_soon_as_the_citizen_answers()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var chat = await ChatPage.OpenAsync(context);
        await Expect(chat.QuickReplies.First).ToBeVisibleAsync();
        var release = new TaskCompletionSource();
        await chat.Page.RouteAsync("**/activities", async route =>
        {
            await release.Task; // hold the message so the bot cannot answer yet
            await route.ContinueAsync();
        });

        await chat.SendAsync("Tôi muốn nói chuyện");

        await Expect(chat.QuickReplies).ToHaveCountAsync(0);
        release.SetResult();
        await chat.ExpectDeliveredAsync("Tôi muốn nói chuyện");
    }

    [Fact]
    public async Task Sharing_location_sends_coordinates_and_the_bot_acknowledges()
    {
        await using var context = await fixture.NewPhoneContextAsync(options =>
        {
            options.Geolocation = HoanKiem;
            options.Permissions = ["geolocation"];
        });
        var chat = await ChatPage.OpenAsync(context);
        var botMessagesBefore = await chat.BotMessages.CountAsync();

        var posted = chat.Page.WaitForRequestAsync(request =>
            request.Method == "POST" && request.Url.EndsWith("/activities", StringComparison.Ordinal));
        await chat.ShareLocationAsync();

        using var activity = JsonDocument.Parse((await posted).PostData!);
        var geo = activity.RootElement.GetProperty("entities")[0];
        Assert.Equal("GeoCoordinates", geo.GetProperty("type").GetString());
        Assert.Equal(21.0285, geo.GetProperty("latitude").GetDouble(), 3);
        Assert.Equal(105.8542, geo.GetProperty("longitude").GetDouble(), 3);
        await chat.ExpectDeliveredAsync("Vị trí của tôi");
        await chat.ExpectBotRepliesAfterAsync(botMessagesBefore);
        await Expect(chat.BotMessages.Filter(new() { HasTextString = "mình đã nhận được vị trí" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Refusing_location_explains_in_Vietnamese_and_sends_nothing()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var chat = await ChatPage.OpenAsync(context);
        var myMessagesBefore = await chat.MyMessages.CountAsync();

        await chat.ShareLocationAsync();

        await Expect(chat.Notes.Last).ToContainTextAsync("tỉnh/thành");
        await Expect(chat.MyMessages).ToHaveCountAsync(myMessagesBefore);
    }

    [Fact]
    public async Task Bot_text_is_shown_as_text_and_emergency_numbers_are_tap_to_call()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var chat = await ChatPage.OpenAsync(context);

        await Expect(chat.BotMessages.First.Locator("a[href='tel:113']")).ToHaveCountAsync(1);
        Assert.Equal(0, await chat.Conversation.Locator("script, img, iframe").CountAsync());
    }
}

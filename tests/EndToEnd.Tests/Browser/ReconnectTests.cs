using static Microsoft.Playwright.Assertions;

namespace HotlineBot.EndToEnd.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ReconnectTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Losing_the_network_shows_reconnecting_and_the_chat_carries_on_without_duplicates()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var chat = await ChatPage.OpenAsync(context);

        await context.SetOfflineAsync(true);
        await Expect(chat.ConnectionStatus).ToContainTextAsync("Đang kết nối lại…");
        await context.SetOfflineAsync(false);
        await Expect(chat.ConnectionStatus).ToBeHiddenAsync();

        var botMessagesBefore = await chat.BotMessages.CountAsync();
        await chat.SendAsync("Tôi cần tư vấn");
        await chat.ExpectDeliveredAsync("Tôi cần tư vấn");
        await chat.ExpectBotRepliesAfterAsync(botMessagesBefore);
        await ExpectEachActivityOnceAsync(chat);
        await Expect(chat.BotMessages.Filter(new() { HasTextString = "113" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_dropped_stream_reconnects_from_the_watermark_and_nothing_is_lost_or_shown_twice()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        var tap = await BotStreamTap.AttachAsync(page);
        var reconnects = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Method == "GET" && request.Url.Contains("/conversations/", StringComparison.Ordinal) && request.Url.Contains("?watermark=", StringComparison.Ordinal) && !request.Url.Contains("/activities", StringComparison.Ordinal))
            {
                lock (reconnects)
                {
                    reconnects.Add(request.Url);
                }
            }
        };
        await page.GotoAsync("/");
        var chat = new ChatPage(page);
        await chat.WaitForGreetingAsync();
        var botMessagesBefore = await chat.BotMessages.CountAsync();

        await chat.SendAsync("Tôi đang gặp nguy hiểm");
        await tap.Latest.CloseAsync(new() { Code = 4001, Reason = "test drops the stream" });

        await chat.ExpectDeliveredAsync("Tôi đang gặp nguy hiểm");
        await chat.ExpectBotRepliesAfterAsync(botMessagesBefore);
        await Expect(chat.ConnectionStatus).ToBeHiddenAsync();
        Assert.NotEmpty(reconnects);
        Assert.True(tap.StreamsOpened >= 2, "The page should open a new stream after the old one dropped");
        await ExpectEachActivityOnceAsync(chat);
        await Expect(chat.MyMessages.Filter(new() { HasTextString = "Tôi đang gặp nguy hiểm" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task When_websockets_never_work_the_page_falls_back_to_polling()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        await page.RouteWebSocketAsync(url => url.Contains("/stream", StringComparison.Ordinal), socket =>
            _ = socket.CloseAsync(new() { Code = 4002, Reason = "blocked by a proxy" }));
        await page.GotoAsync("/");
        var chat = new ChatPage(page);
        await chat.WaitForGreetingAsync();

        var polled = page.WaitForRequestAsync(request => request.Method == "GET" && request.Url.Contains("/activities", StringComparison.Ordinal));
        var botMessagesBefore = await chat.BotMessages.CountAsync();
        await chat.SendAsync("Tôi cần tư vấn");

        await chat.ExpectDeliveredAsync("Tôi cần tư vấn");
        await chat.ExpectBotRepliesAfterAsync(botMessagesBefore);
        await polled;
        await ExpectEachActivityOnceAsync(chat);
    }

    private static async Task ExpectEachActivityOnceAsync(ChatPage chat)
    {
        var ids = await chat.ShownActivityIdsAsync();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
    }
}

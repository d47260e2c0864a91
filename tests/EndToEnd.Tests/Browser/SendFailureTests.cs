using static Microsoft.Playwright.Assertions;

namespace HotlineBot.EndToEnd.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SendFailureTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_message_that_could_not_be_sent_says_so_and_can_be_retried()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var chat = await ChatPage.OpenAsync(context);
        var failing = true;
        await chat.Page.RouteAsync("**/activities", async route =>
        {
            if (failing && route.Request.Method == "POST")
            {
                await route.AbortAsync("connectionreset");
                return;
            }
            await route.ContinueAsync();
        });

        await chat.SendAsync("Tôi cần giúp đỡ");
        var mine = chat.MyMessages.Filter(new() { HasTextString = "Tôi cần giúp đỡ" });
        await Expect(mine).ToContainTextAsync("Chưa gửi được.");

        failing = false;
        var botMessagesBefore = await chat.BotMessages.CountAsync();
        await mine.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Thử lại" }).ClickAsync();

        await chat.ExpectDeliveredAsync("Tôi cần giúp đỡ");
        await chat.ExpectBotRepliesAfterAsync(botMessagesBefore);
        await Expect(mine).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task When_the_service_fails_the_page_shows_its_message_with_the_emergency_numbers()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var chat = await ChatPage.OpenAsync(context);
        // What the service answers while Redis is down (see RedisOutageTests for the real server's body).
        await chat.Page.RouteAsync("**/activities", async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.ContinueAsync();
                return;
            }
            await route.FulfillAsync(new()
            {
                Status = 503,
                ContentType = "application/json; charset=utf-8",
                Body = "{\"error\":{\"code\":\"ServiceError\",\"message\":\"Hệ thống đang gặp sự cố, vui lòng thử lại sau. Nếu bạn đang gặp nguy hiểm, hãy gọi ngay: 113 (Công an).\"}}",
            });
        });

        await chat.SendAsync("cứu tôi với");

        await Expect(chat.MyMessages.Filter(new() { HasTextString = "cứu tôi với" })).ToContainTextAsync("Chưa gửi được.");
        await Expect(chat.Page.Locator(".note")).ToContainTextAsync("hãy gọi ngay: 113");
    }
}

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
}

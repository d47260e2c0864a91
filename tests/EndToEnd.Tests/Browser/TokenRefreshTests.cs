using Microsoft.Playwright;

namespace HotlineBot.EndToEnd.Browser;

[Collection(BrowserCollection.Name)]
public sealed class TokenRefreshTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_page_refreshes_its_token_before_it_expires_and_keeps_chatting_with_the_new_one()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync();
        await page.GotoAsync("/");
        var chat = new ChatPage(page);
        await chat.WaitForGreetingAsync();

        var refresh = page.WaitForResponseAsync(response =>
            response.Request.Method == "POST" && response.Url.EndsWith("/v3/directline/tokens/refresh", StringComparison.Ordinal));
        await page.Clock.FastForwardAsync("16:00"); // tokens live 30 minutes; the page refreshes at half-life
        var refreshed = await refresh;
        Assert.Equal(200, refreshed.Status);
        var newToken = (await refreshed.JsonAsync())!.Value.GetProperty("token").GetString();

        var posted = page.WaitForRequestAsync(request => request.Method == "POST" && request.Url.EndsWith("/activities", StringComparison.Ordinal));
        var botMessagesBefore = await chat.BotMessages.CountAsync();
        await chat.SendAsync("Tôi cần tư vấn");

        Assert.Equal($"Bearer {newToken}", await (await posted).HeaderValueAsync("authorization"));
        await chat.ExpectDeliveredAsync("Tôi cần tư vấn");
        await chat.ExpectBotRepliesAfterAsync(botMessagesBefore);
    }
}

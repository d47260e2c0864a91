using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HotlineBot.EndToEnd.Browser;

/// <summary>Our web chat page, driven the way a person uses it.</summary>
public sealed class ChatPage(IPage page)
{
    public IPage Page => page;

    public ILocator Conversation => page.GetByRole(AriaRole.Log, new() { Name = "Cuộc trò chuyện" });

    public ILocator BotMessages => Conversation.Locator(".from-bot");

    public ILocator MyMessages => Conversation.Locator(".from-user");

    public ILocator QuickReplies => page.GetByRole(AriaRole.Group, new() { Name = "Gợi ý trả lời" }).Locator(".chip");

    public ILocator ConnectionStatus => page.Locator("#connection-status");

    public ILocator Notes => Conversation.Locator(".note");

    public static async Task<ChatPage> OpenAsync(IBrowserContext context)
    {
        var chat = new ChatPage(await context.NewPageAsync());
        await chat.Page.GotoAsync("/");
        await chat.WaitForGreetingAsync();
        return chat;
    }

    /// <summary>The bot greets first, with the emergency number.</summary>
    public Task WaitForGreetingAsync() => Expect(BotMessages.First).ToContainTextAsync("113");

    public async Task SendAsync(string text)
    {
        await page.GetByPlaceholder("Nhập tin nhắn…").FillAsync(text);
        await page.GetByPlaceholder("Nhập tin nhắn…").PressAsync("Enter");
    }

    /// <summary>Types into the message box without sending.</summary>
    public Task TypeDraftAsync(string text) => page.GetByPlaceholder("Nhập tin nhắn…").PressSequentiallyAsync(text);

    public Task ClickQuickReplyAsync(string label) => QuickReplies.Filter(new() { HasTextString = label }).ClickAsync();

    public Task ShareLocationAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Chia sẻ vị trí" }).ClickAsync();

    public Task ClickQuickExitAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Thoát nhanh" }).ClickAsync();

    public async Task PressEscapeTwiceAsync()
    {
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Escape");
    }

    /// <summary>Waits until my message was echoed back by the server (marked "Đã gửi").</summary>
    public Task ExpectDeliveredAsync(string text) =>
        Expect(MyMessages.Filter(new() { HasTextString = text }).Last).ToContainTextAsync("Đã gửi");

    /// <summary>Waits for the bot to say something more than the <paramref name="alreadySeen"/> messages.</summary>
    public Task ExpectBotRepliesAfterAsync(int alreadySeen) =>
        Expect(BotMessages.Nth(alreadySeen)).ToBeVisibleAsync();

    /// <summary>True when there are no quick replies, or one set right under the latest bot message.</summary>
    public Task<bool> QuickRepliesFollowTheLatestBotMessageAsync() =>
        page.EvaluateAsync<bool>("""
            () => {
              const groups = document.querySelectorAll('.chips');
              const bots = document.querySelectorAll('.from-bot');
              return groups.length === 0 || (groups.length === 1 && groups[0].previousElementSibling === bots[bots.length - 1]);
            }
            """);

    /// <summary>Ids of every activity on screen, in order (bot and user).</summary>
    public Task<string[]> ShownActivityIdsAsync() =>
        Conversation.Locator("[data-activity-id]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.activityId)");
}

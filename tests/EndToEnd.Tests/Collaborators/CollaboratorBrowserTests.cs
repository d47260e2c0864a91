using System.Text.RegularExpressions;
using HotlineBot.EndToEnd.Browser;
using HotlineBot.EndToEnd.OperatorConsole;
using static Microsoft.Playwright.Assertions;

namespace HotlineBot.EndToEnd.Collaborators;

/// <summary>In Chromium: a collaborator signs in at /console/, lands on their web chat and opens the procedures without a password.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CollaboratorBrowserTests(ConsoleBrowserFixture fixture) : IClassFixture<ConsoleBrowserFixture>
{
    [Fact]
    public async Task A_collaborator_signs_in_at_the_console_and_the_chat_opens_the_procedures_without_asking_for_a_password()
    {
        await using var context = await fixture.NewLaptopContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/console/");
        await page.GetByLabel("Tên đăng nhập", new() { Exact = true }).FillAsync("ctv-binh");
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(ConsoleFixture.Password);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(CollaboratorChatUrl());
        var chat = new ChatPage(page);
        await chat.WaitForGreetingAsync();
        await chat.ClickQuickReplyAsync("Dành cho cộng tác viên");

        await Expect(chat.BotMessages.Last).ToContainTextAsync("Chọn thủ tục bạn cần xem");
        await Expect(chat.QuickReplies.First).ToHaveTextAsync("Nhận tin báo bạo lực");
        await Expect(chat.BotMessages.Filter(new() { HasTextString = "mật khẩu" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task In_the_public_web_chat_the_password_is_typed_hidden_and_shown_as_dots()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var chat = await ChatPage.OpenAsync(context);
        var box = chat.Page.GetByPlaceholder("Nhập tin nhắn…");
        await chat.ClickQuickReplyAsync("Dành cho cộng tác viên");
        await Expect(chat.BotMessages.Last).ToContainTextAsync("tên đăng nhập");
        await Expect(box).ToHaveAttributeAsync("type", "text");

        await chat.SendAsync("ctv-binh");
        await Expect(chat.BotMessages.Last).ToContainTextAsync("Vui lòng nhập mật khẩu");
        await Expect(box).ToHaveAttributeAsync("type", "password");
        await chat.SendAsync(ConsoleFixture.Password);

        await Expect(chat.BotMessages.Last).ToContainTextAsync("Chọn thủ tục bạn cần xem");
        await Expect(box).ToHaveAttributeAsync("type", "text");
        await Expect(chat.MyMessages.Last).ToContainTextAsync("••••••••");
        await Expect(chat.Conversation).Not.ToContainTextAsync(ConsoleFixture.Password);
    }

    [GeneratedRegex("/console/cong-tac-vien/$")]
    private static partial Regex CollaboratorChatUrl();
}

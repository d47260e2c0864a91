using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HotlineBot.EndToEnd.Browser;

[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Quick_exit_is_the_first_tab_stop_and_a_message_can_be_sent_with_the_keyboard_alone()
    {
        await using var context = await fixture.NewPhoneContextAsync(options => options.IsMobile = false);
        var chat = await ChatPage.OpenAsync(context);
        var keyboard = chat.Page.Keyboard;

        await keyboard.PressAsync("Tab");
        await Expect(chat.Page.GetByRole(AriaRole.Button, new() { Name = "Thoát nhanh" })).ToBeFocusedAsync();

        var messageBox = chat.Page.GetByPlaceholder("Nhập tin nhắn…");
        for (var i = 0; i < 20 && !await messageBox.EvaluateAsync<bool>("box => box === document.activeElement"); i++)
        {
            await keyboard.PressAsync("Tab");
        }
        await Expect(messageBox).ToBeFocusedAsync();
        await keyboard.TypeAsync("Tôi cần tư vấn");
        await keyboard.PressAsync("Enter");

        await chat.ExpectDeliveredAsync("Tôi cần tư vấn");
        await Expect(messageBox).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Controls_have_Vietnamese_names_for_screen_readers()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var chat = await ChatPage.OpenAsync(context);

        await Expect(chat.Conversation).ToHaveAttributeAsync("aria-live", "polite");
        await Expect(chat.Page.GetByRole(AriaRole.Banner)).ToContainTextAsync("Tư vấn hỗ trợ");
        await Expect(chat.Page.GetByRole(AriaRole.Main)).ToBeVisibleAsync();
        await Expect(chat.Page.GetByRole(AriaRole.Textbox, new() { Name = "Tin nhắn" })).ToBeVisibleAsync();
        await Expect(chat.Page.GetByRole(AriaRole.Button, new() { Name = "Gửi" })).ToBeVisibleAsync();
        await Expect(chat.Page.GetByRole(AriaRole.Button, new() { Name = "Chia sẻ vị trí" })).ToBeVisibleAsync();
    }
}

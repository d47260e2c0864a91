using System.Text.Json.Nodes;
using HotlineBot.EndToEnd.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>
/// The citizen's side of the wait and of the live chat, in Chromium: their typing shows in the operator's console (our
/// page and Microsoft's Web Chat), "Hủy yêu cầu" takes their case out of a live console queue, and a citizen further
/// back hears that they moved up when the case ahead is claimed. Each test leaves the queue empty.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WaitingCitizenBrowserTests(WaitingCitizenFixture fixture) : IClassFixture<WaitingCitizenFixture>
{
    [Fact]
    public async Task The_citizen_typing_in_web_chat_shows_in_the_operators_console_without_the_text_and_goes_away()
    {
        await using var laptop = await fixture.NewLaptopContextAsync();
        await using var phone = await fixture.NewPhoneContextAsync();
        var lan = await ConsolePage.SignInAsync(laptop, "op-lan", ConsoleFixture.Password);
        var chat = await ChatPage.OpenAsync(phone);
        var typingPosted = new List<string>();
        chat.Page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("/activities", StringComparison.Ordinal) && request.PostData?.Contains("\"typing\"", StringComparison.Ordinal) == true)
            {
                typingPosted.Add(request.PostData);
            }
        };
        await chat.SendAsync("gặp tư vấn viên");
        await Expect(chat.BotMessages.Filter(new() { HasTextString = "vị trí số 1" })).ToBeVisibleAsync();
        await lan.ClaimFirstAsync();
        await Expect(chat.BotMessages.Filter(new() { HasTextString = "Một tư vấn viên đã vào" })).ToBeVisibleAsync();
        var typing = lan.Page.Locator("#citizen-typing");
        await Expect(typing).ToBeHiddenAsync();

        typingPosted.Clear();
        await chat.TypeDraftAsync("Tôi đang ở nhà bạn");

        await Expect(typing).ToHaveTextAsync("Người dùng đang nhập…");
        await Expect(typing).ToBeVisibleAsync();
        await Expect(typing).ToBeHiddenAsync(new() { Timeout = 12_000 }); // the typing stopped: gone after a few seconds
        Assert.NotEmpty(typingPosted);
        Assert.All(typingPosted, body => Assert.DoesNotContain("nhà bạn", body, StringComparison.Ordinal));
        Assert.InRange(typingPosted.Count, 1, 2); // at most one every 3 s while keys are pressed
        await Expect(lan.Lines.Filter(new() { HasTextString = "nhà bạn" })).ToHaveCountAsync(0);

        await lan.CloseCaseAsync("counselled");
        await Expect(chat.BotMessages.Filter(new() { HasTextString = "kết thúc cuộc trò chuyện" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Microsoft_Web_Chat_sending_typing_indicators_shows_the_citizen_typing_in_the_console()
    {
        await using var laptop = await fixture.NewLaptopContextAsync();
        await using var phone = await fixture.NewPhoneContextAsync();
        var lan = await ConsolePage.SignInAsync(laptop, "op-lan", ConsoleFixture.Password);
        var page = await phone.NewPageAsync();
        await MicrosoftWebChatBundle.OpenAsync(page, new Uri(fixture.Server.BaseUrl), sendTypingIndicator: true);
        var activities = page.Locator(".webchat__basic-transcript__activity");
        await Expect(activities.Filter(new() { HasTextString = "113" }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var sendBox = page.Locator("[data-id='webchat-sendbox-input']");
        await sendBox.FillAsync("gặp tư vấn viên");
        await sendBox.PressAsync("Enter");
        await Expect(activities.Filter(new() { HasTextString = "vị trí số 1" })).ToBeVisibleAsync(new() { Timeout = 25_000 });
        await lan.ClaimFirstAsync();
        await Expect(activities.Filter(new() { HasTextString = "Một tư vấn viên đã vào" })).ToBeVisibleAsync();

        await sendBox.PressSequentiallyAsync("Tôi đang");

        await Expect(lan.Page.Locator("#citizen-typing")).ToBeVisibleAsync();
        await sendBox.PressAsync("Enter");
        await Expect(lan.Lines.Filter(new() { HasTextString = "Tôi đang" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Send failed")).ToHaveCountAsync(0);

        await lan.CloseCaseAsync("counselled");
        await Expect(activities.Filter(new() { HasTextString = "kết thúc cuộc trò chuyện" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Cancelling_while_waiting_takes_the_case_out_of_a_live_console_queue_and_the_bot_gives_the_numbers()
    {
        await using var laptop = await fixture.NewLaptopContextAsync();
        await using var phone = await fixture.NewPhoneContextAsync();
        var lan = await ConsolePage.SignInAsync(laptop, "op-lan", ConsoleFixture.Password);
        var chat = await ChatPage.OpenAsync(phone);
        await chat.SendAsync("gặp tư vấn viên");
        await Expect(chat.BotMessages.Filter(new() { HasTextString = "vị trí số 1" })).ToBeVisibleAsync();
        await Expect(lan.Queue).ToHaveCountAsync(1);

        await chat.ClickQuickReplyAsync("Hủy yêu cầu");

        await Expect(chat.BotMessages.Filter(new() { HasTextString = "Mình đã hủy yêu cầu gặp tư vấn viên" })).ToContainTextAsync("1800 1768");
        await Expect(lan.Queue).ToHaveCountAsync(0);
        await Expect(chat.QuickReplies.Filter(new() { HasTextString = "Hủy yêu cầu" })).ToHaveCountAsync(0);
        await Expect(chat.QuickReplies.Filter(new() { HasTextString = "Gặp tư vấn viên" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_citizen_further_back_hears_they_moved_up_when_the_case_ahead_is_claimed()
    {
        await using var laptop = await fixture.NewLaptopContextAsync();
        await using var firstPhone = await fixture.NewPhoneContextAsync();
        await using var secondPhone = await fixture.NewPhoneContextAsync();
        var lan = await ConsolePage.SignInAsync(laptop, "op-lan", ConsoleFixture.Password);
        var first = await ChatPage.OpenAsync(firstPhone);
        var second = await ChatPage.OpenAsync(secondPhone);
        await first.SendAsync("gặp tư vấn viên");
        await Expect(first.BotMessages.Filter(new() { HasTextString = "vị trí số 1" })).ToBeVisibleAsync();
        await second.SendAsync("gặp tư vấn viên");
        await Expect(second.BotMessages.Filter(new() { HasTextString = "vị trí số 2" })).ToContainTextAsync("30 phút"); // one operator online, 15 min a case
        await Task.Delay(1500); // more than the (test) interval: nothing changed, so nothing more is said
        await Expect(second.BotMessages.Filter(new() { HasTextString = "lên vị trí" })).ToHaveCountAsync(0);

        await lan.ClaimFirstAsync();

        var movedUp = second.BotMessages.Filter(new() { HasTextString = "Bạn đã lên vị trí số 1" });
        await Expect(movedUp).ToContainTextAsync("15 phút");
        await Expect(movedUp).ToContainTextAsync("113");
        await Expect(first.BotMessages.Filter(new() { HasTextString = "Một tư vấn viên đã vào" })).ToBeVisibleAsync();
        await Expect(first.BotMessages.Filter(new() { HasTextString = "lên vị trí" })).ToHaveCountAsync(0);

        await second.SendAsync("hủy");
        await Expect(second.BotMessages.Filter(new() { HasTextString = "Mình đã hủy yêu cầu" })).ToBeVisibleAsync();
        await Expect(lan.Queue).ToHaveCountAsync(0);
        await lan.CloseCaseAsync("counselled");
    }
}

using System.Text.Json;
using HotlineBot.Activities;
using HotlineBot.Dialogs;
using HotlineBot.State;
using HotlineBot.Tests.Dialogs.Samples;
using HotlineBot.Tests.Testing;
using Xunit;

namespace HotlineBot.Tests.Dialogs;

public sealed class DialogManagerTests
{
    [Theory]
    [InlineData("hủy", "huy")]
    [InlineData("HUY", "huy")]
    [InlineData("Thoát", "thoat")]
    [InlineData("menu", "menu")]
    [InlineData("Quay lại menu", "quay lai menu")]
    public async Task ACancelWordEndsEverythingAndTellsTheBotWhy(string typed, string cancelWord)
    {
        var bot = new SampleBot(SampleDialogs.Intake);
        await new TestFlow(bot)
            .Send("xin chào")
            .AssertReply("Chào bạn, mình ở đây để lắng nghe bạn.")
            .AssertReply("Bạn cần hỗ trợ gì?")
            .Send(typed)
            .AssertReply("Đã dừng. Bạn muốn làm gì tiếp?")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, bot.LastResult!.Status);
        Assert.Equal(cancelWord, bot.LastResult.CancelWord);
    }

    [Fact]
    public Task ACancelWordInsideASentenceIsJustAnAnswer() =>
        new TestFlow(new SampleBot(SampleDialogs.Where))
            .Send("chào")
            .AssertReply("Bạn đang ở đâu? Bạn có thể gửi vị trí hoặc gõ tên nơi bạn ở.")
            .Send("quán Menu Huy, Hà Nội")
            .AssertReply("Mình đã ghi nhận nơi: quán Menu Huy, Hà Nội.")
            .StartTestAsync();

    [Fact]
    public async Task ANonMessageActivityStartsNothing()
    {
        var bot = new SampleBot(SampleDialogs.Intake);
        await new TestFlow(bot)
            .Send(new Activity { Type = ActivityTypes.ConversationUpdate })
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Empty, bot.LastResult!.Status);
    }

    [Fact]
    public async Task AnEmergencyWithNothingUnderneathCompletesAndTheNextMessageStartsTheRoot()
    {
        var bot = new SampleBot(SampleDialogs.Intake);
        await new TestFlow(bot)
            .Send("cứu tôi")
            .AssertReply("Nếu bạn đang gặp nguy hiểm, hãy gọi 113 ngay.")
            .AssertReply("Bạn có thể tiếp tục nhắn tin không?")
            .AssertSuggestedActions("Có", "Không")
            .Send("có")
            .AssertReply("Cảm ơn bạn. Mình tiếp tục nhé.")
            .StartTestAsync();
        Assert.Equal(DialogTurnStatus.Complete, bot.LastResult!.Status);
    }

    [Fact]
    public Task AnEmergencyIsNotPushedTwice() =>
        new TestFlow(new SampleBot(SampleDialogs.Intake))
            .Send("cứu tôi")
            .AssertReply("Nếu bạn đang gặp nguy hiểm, hãy gọi 113 ngay.")
            .AssertReply("Bạn có thể tiếp tục nhắn tin không?")
            .Send("cứu tôi với")
            .AssertReply("Bạn có thể tiếp tục nhắn tin không?")
            .StartTestAsync();

    [Fact]
    public async Task AStoredStackNamingARemovedDialogStartsOver()
    {
        var storage = new MemoryStorage();
        var stale = new ConversationData();
        stale.Dialogs.Stack.Add(new DialogInstance { DialogId = "flow-removed-in-last-deploy", Step = 2 });
        await storage.WriteAsync(ConversationState.KeyFor("test", "conv-1"), JsonSerializer.Serialize(stale, StateJson.Default.ConversationData), null);

        await new TestFlow(new SampleBot(SampleDialogs.Intake), storage)
            .Send("chào")
            .AssertReply("Chào bạn, mình ở đây để lắng nghe bạn.")
            .AssertReply("Bạn cần hỗ trợ gì?")
            .StartTestAsync();
    }
}

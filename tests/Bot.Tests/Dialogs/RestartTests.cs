using HotlineBot.State;
using HotlineBot.Tests.Dialogs.Samples;
using HotlineBot.Tests.Testing;
using Xunit;

namespace HotlineBot.Tests.Dialogs;

/// <summary>
/// The dialog stack lives only in storage (as JSON) between turns: a new bot over the same storage, as after a
/// restart or on another instance, carries on where the conversation was.
/// </summary>
public sealed class RestartTests
{
    [Fact]
    public async Task AWaterfallContinuesOnANewBotOverTheSameStorage()
    {
        var storage = new MemoryStorage();
        await new TestFlow(new SampleBot(SampleDialogs.Intake), storage)
            .Send("xin chào")
            .AssertReply("Chào bạn, mình ở đây để lắng nghe bạn.")
            .AssertReply("Bạn cần hỗ trợ gì?")
            .Send("1")
            .AssertReply("Bạn đang ở tỉnh/thành nào?")
            .StartTestAsync();

        await new TestFlow(new SampleBot(SampleDialogs.Intake), storage)
            .Send("Hà Giang")
            .AssertReply("Cảm ơn bạn. Mình sẽ tìm \"Tìm nơi tạm lánh\" ở Hà Giang.")
            .StartTestAsync();
    }

    [Fact]
    public async Task AnInterruptedWaterfallStillResumesAfterARestart()
    {
        var storage = new MemoryStorage();
        await new TestFlow(new SampleBot(SampleDialogs.Intake), storage)
            .Send("xin chào")
            .AssertReply("Chào bạn, mình ở đây để lắng nghe bạn.")
            .AssertReply("Bạn cần hỗ trợ gì?")
            .Send("2")
            .AssertReply("Bạn đang ở tỉnh/thành nào?")
            .Send("cứu tôi")
            .AssertReply("Nếu bạn đang gặp nguy hiểm, hãy gọi 113 ngay.")
            .AssertReply("Bạn có thể tiếp tục nhắn tin không?")
            .StartTestAsync();

        await new TestFlow(new SampleBot(SampleDialogs.Intake), storage)
            .Send("dạ")
            .AssertReply("Cảm ơn bạn. Mình tiếp tục nhé.")
            .AssertReply("Bạn đang ở tỉnh/thành nào?")
            .Send("Sơn La")
            .AssertReply("Cảm ơn bạn. Mình sẽ tìm \"Hỏi về pháp luật\" ở Sơn La.")
            .StartTestAsync();
    }

    [Fact]
    public async Task AnotherConversationOverTheSameStorageStartsFresh()
    {
        var storage = new MemoryStorage();
        await new TestFlow(new SampleBot(SampleDialogs.Intake), storage, "conv-a")
            .Send("xin chào")
            .AssertReply("Chào bạn, mình ở đây để lắng nghe bạn.")
            .AssertReply("Bạn cần hỗ trợ gì?")
            .Send("1")
            .AssertReply("Bạn đang ở tỉnh/thành nào?")
            .StartTestAsync();

        await new TestFlow(new SampleBot(SampleDialogs.Intake), storage, "conv-b")
            .Send("Hà Giang")
            .AssertReply("Chào bạn, mình ở đây để lắng nghe bạn.")
            .AssertReply("Bạn cần hỗ trợ gì?")
            .StartTestAsync();
    }
}

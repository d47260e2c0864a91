using HotlineBot.Dialogs;
using HotlineBot.Tests.Dialogs.Samples;
using HotlineBot.Tests.Testing;
using Xunit;

namespace HotlineBot.Tests.Dialogs;

public sealed class InterruptionTests
{
    /// <summary>
    /// A step that waits for the user's reply without a prompt. An emergency in between must not be taken as
    /// that reply: the step still gets the user's next message.
    /// </summary>
    [Fact]
    public Task AnInterruptionIsNotTakenAsTheAnswerOfAStepWaitingWithoutAPrompt()
    {
        var dialogs = SampleDialogs.Create()
            .Add(new WaterfallDialog("diary",
                async (step, ct) =>
                {
                    await step.Context.SendAsync("Bạn kể cho mình nghe chuyện gì đã xảy ra nhé.", ct);
                    return DialogTurnResult.Waiting;
                },
                async (step, ct) =>
                {
                    await step.Context.SendAsync($"Mình đã ghi lại: \"{step.Result?.Text}\".", ct);
                    return await step.EndDialogAsync(cancellationToken: ct);
                }));

        return new TestFlow(new SampleBot("diary", dialogs))
            .Send("chào")
            .AssertReply("Bạn kể cho mình nghe chuyện gì đã xảy ra nhé.")
            .Send("nguy hiểm")
            .AssertReply("Nếu bạn đang gặp nguy hiểm, hãy gọi 113 ngay.")
            .AssertReply("Bạn có thể tiếp tục nhắn tin không?")
            .Send("ok")
            .AssertReply("Cảm ơn bạn. Mình tiếp tục nhé.")
            .Send("Tối qua chồng tôi say rượu")
            .AssertReply("Mình đã ghi lại: \"Tối qua chồng tôi say rượu\".")
            .StartTestAsync();
    }
}

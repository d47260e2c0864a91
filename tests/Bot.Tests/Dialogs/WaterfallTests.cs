using HotlineBot.Dialogs;
using HotlineBot.Tests.Dialogs.Samples;
using HotlineBot.Tests.Testing;
using Xunit;

namespace HotlineBot.Tests.Dialogs;

public sealed class WaterfallTests
{
    [Fact]
    public Task NextRunsTheFollowingStepInTheSameTurnWithItsResult()
    {
        var dialogs = new DialogSet()
            .Add(new TextPrompt("text"))
            .Add(new WaterfallDialog("root",
                async (step, ct) =>
                {
                    await step.Context.SendAsync("Bước một.", ct);
                    return await step.NextAsync(new DialogResult { Text = "quà từ bước một" }, ct);
                },
                async (step, ct) =>
                {
                    await step.Context.SendAsync($"Bước hai nhận: {step.Result?.Text}.", ct);
                    return await step.PromptAsync("text", new PromptOptions { Text = "Bạn tên gì?" }, ct);
                },
                async (step, ct) =>
                {
                    await step.Context.SendAsync($"Chào {step.Result?.Text}.", ct);
                    return await step.EndDialogAsync(cancellationToken: ct);
                }));

        return new TestFlow(new SampleBot("root", dialogs))
            .Send("chào")
            .AssertReply("Bước một.")
            .AssertReply("Bước hai nhận: quà từ bước một.")
            .AssertReply("Bạn tên gì?")
            .Send("Lan")
            .AssertReply("Chào Lan.")
            .StartTestAsync();
    }

    [Fact]
    public Task AReplacedChildHandsItsResultToTheParentThatStartedTheFirstChild()
    {
        var dialogs = new DialogSet()
            .Add(new TextPrompt("text"))
            .Add(new WaterfallDialog("root",
                (step, ct) => step.BeginDialogAsync("old-form", ct),
                async (step, ct) =>
                {
                    await step.Context.SendAsync($"Đã ghi nhận: {step.Result?.Text}.", ct);
                    return await step.EndDialogAsync(cancellationToken: ct);
                }))
            .Add(new WaterfallDialog("old-form",
                (step, ct) => step.DialogContext.ReplaceDialogAsync("new-form", cancellationToken: ct),
                async (step, ct) =>
                {
                    await step.Context.SendAsync("Mẫu cũ không được chạy tiếp.", ct);
                    return await step.EndDialogAsync(cancellationToken: ct);
                }))
            .Add(new WaterfallDialog("new-form",
                (step, ct) => step.PromptAsync("text", new PromptOptions { Text = "Bạn muốn nhắn gì cho tư vấn viên?" }, ct),
                (step, ct) => step.EndDialogAsync(step.Result, ct)));

        return new TestFlow(new SampleBot("root", dialogs))
            .Send("chào")
            .AssertReply("Bạn muốn nhắn gì cho tư vấn viên?")
            .Send("Xin gọi lại sau 8 giờ tối")
            .AssertReply("Đã ghi nhận: Xin gọi lại sau 8 giờ tối.")
            .StartTestAsync();
    }

    [Fact]
    public Task ValuesCollectedInEarlierTurnsAreThereAtTheEnd()
    {
        var dialogs = new DialogSet()
            .Add(new TextPrompt("text"))
            .Add(new WaterfallDialog("root",
                (step, ct) => step.PromptAsync("text", new PromptOptions { Text = "Tỉnh nào?" }, ct),
                (step, ct) =>
                {
                    step.Values["province"] = step.Result!.Text!;
                    return step.PromptAsync("text", new PromptOptions { Text = "Huyện nào?" }, ct);
                },
                async (step, ct) =>
                {
                    await step.Context.SendAsync($"{step.Result?.Text}, {step.Values["province"]}.", ct);
                    return await step.EndDialogAsync(cancellationToken: ct);
                }));

        return new TestFlow(new SampleBot("root", dialogs))
            .Send("chào")
            .AssertReply("Tỉnh nào?")
            .Send("Hà Tĩnh")
            .AssertReply("Huyện nào?")
            .Send("Kỳ Anh")
            .AssertReply("Kỳ Anh, Hà Tĩnh.")
            .StartTestAsync();
    }
}

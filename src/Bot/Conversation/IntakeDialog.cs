using HotlineBot.Content;
using HotlineBot.Dialogs;
using HotlineBot.Safety;

namespace HotlineBot.Conversation;

/// <summary>"Tôi cần tư vấn": what the person needs, where they are (skippable), then thanks and the numbers.</summary>
public sealed class IntakeDialog(HotlineContent content, EmergencyNumbersText numbers)
{
    public const string NeedKey = "need";
    public const string ProvinceKey = "province";

    public WaterfallDialog Build() => new(DialogIds.Intake, AskNeedAsync, AskProvinceAsync, ThankAsync);

    private Task<DialogTurnResult> AskNeedAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.PromptAsync(DialogIds.Choice, new PromptOptions
        {
            Text = content.Messages.Render(MessageIds.IntakeAskNeed),
            RetryText = content.Messages.Render(MessageIds.MenuRetry),
            Choices = content.Messages.Variants(MessageIds.IntakeNeedChoices),
        }, ct);

    private Task<DialogTurnResult> AskProvinceAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result?.Choice is { } need)
        {
            step.Values[NeedKey] = need;
        }
        return step.PromptAsync(DialogIds.Text, new PromptOptions { Text = content.Messages.Render(MessageIds.IntakeAskProvince) }, ct);
    }

    private async Task<DialogTurnResult> ThankAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result?.Text is { Length: > 0 } province && TextFolding.Fold(province) is not ("bo qua" or "khong" or "ko" or "skip"))
        {
            step.Values[ProvinceKey] = province;
        }
        await step.Context.SendAsync(content.Messages.Render(MessageIds.IntakeThanks, ("numbers", numbers.Line)), ct);
        return await step.EndDialogAsync(null, ct);
    }
}

using HotlineBot.Content;
using HotlineBot.Dialogs;
using HotlineBot.Safety;

namespace HotlineBot.Conversation;

/// <summary>
/// "Tôi cần tư vấn": what the person needs; for violence at home or harassment and threats, an offer of the short
/// danger assessment; where they are (skippable); then thanks and the numbers.
/// </summary>
public sealed class IntakeDialog(HotlineContent content, EmergencyNumbersText numbers)
{
    public const string NeedKey = "need";
    public const string ProvinceKey = "province";

    /// <summary>
    /// Needs (by position in intake.need_choices) that are offered the danger assessment: "Bạo lực trong gia đình"
    /// and "Bị quấy rối, đe dọa". dialogs/messages/core.yaml says to keep them first.
    /// </summary>
    private static readonly int[] NeedsOfferedAssessment = [0, 1];

    public WaterfallDialog Build() => new(DialogIds.Intake, AskNeedAsync, OfferAssessmentAsync, AssessAsync, AskProvinceAsync, ThankAsync);

    private Task<DialogTurnResult> AskNeedAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.PromptAsync(DialogIds.Choice, new PromptOptions
        {
            Text = content.Messages.Render(MessageIds.IntakeAskNeed),
            RetryText = content.Messages.Render(MessageIds.MenuRetry),
            Choices = content.Messages.Variants(MessageIds.IntakeNeedChoices),
        }, ct);

    private Task<DialogTurnResult> OfferAssessmentAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result?.Choice is { } need)
        {
            step.Values[NeedKey] = need;
        }
        if (step.Result?.ChoiceIndex is not { } index || !NeedsOfferedAssessment.Contains(index)
            || DiscreetMessages.IsActive) // its questions name what happened (a knife, strangling): not by discreet SMS
        {
            return step.NextAsync(null, ct);
        }
        return step.PromptAsync(DialogIds.Confirm, new PromptOptions
        {
            Text = content.Messages.Render(MessageIds.DangerOffer),
            RetryText = content.Messages.Render(MessageIds.DangerOfferRetry),
            MaxAttempts = 2,
        }, ct);
    }

    private Task<DialogTurnResult> AssessAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.Result?.Confirmed == true
            ? step.BeginDialogAsync(DialogIds.DangerAssessment, ct)
            : step.NextAsync(null, ct);

    private Task<DialogTurnResult> AskProvinceAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.PromptAsync(DialogIds.Text, new PromptOptions { Text = content.Messages.Render(MessageIds.IntakeAskProvince) }, ct);

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

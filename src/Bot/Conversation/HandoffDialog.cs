using System.Text.RegularExpressions;
using HotlineBot.Content;
using HotlineBot.Dialogs;
using HotlineBot.Handoff;
using HotlineBot.Safety;

namespace HotlineBot.Conversation;

/// <summary>
/// "Gặp tư vấn viên": queue for a human (place and estimate), or — outside duty hours — the numbers and, only with
/// consent, a call-back number (kept encrypted in the case).
/// </summary>
public sealed partial class HandoffDialog(HumanHandoff handoff, HotlineContent content, EmergencyNumbersText numbers)
{
    public WaterfallDialog Build() => new(DialogIds.Handoff, RequestAsync, AskPhoneAsync, SaveCallbackAsync);

    private async Task<DialogTurnResult> RequestAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var answer = await handoff.RequestAsync(step.Context, ct);
        await step.Context.SendAsync(answer.Text, ct);
        if (answer.Queued && step.Context.Activity.ChannelId == Channels.Sms.TwilioPayload.ChannelId)
        {
            await step.Context.SendAsync(content.Messages.Render(MessageIds.HandoffCancelHintSms), ct);
        }
        if (!answer.OfferCallback)
        {
            return await step.EndDialogAsync(null, ct);
        }
        return await step.PromptAsync(DialogIds.Confirm, new PromptOptions
        {
            Text = content.Messages.Render(MessageIds.HandoffCallbackOffer),
            RetryText = content.Messages.Render(MessageIds.HandoffCallbackOfferRetry),
            MaxAttempts = 2,
        }, ct);
    }

    private async Task<DialogTurnResult> AskPhoneAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result?.Confirmed != true)
        {
            await step.Context.SendAsync(Say(MessageIds.HandoffCallbackDeclined), ct);
            return await step.EndDialogAsync(null, ct);
        }
        return await step.PromptAsync(DialogIds.Text, new PromptOptions { Text = content.Messages.Render(MessageIds.HandoffCallbackAskPhone) }, ct);
    }

    private async Task<DialogTurnResult> SaveCallbackAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var text = step.Result?.Text ?? "";
        if (TextFolding.Fold(text) is "bo qua" or "khong" or "thoi")
        {
            await step.Context.SendAsync(Say(MessageIds.HandoffCallbackDeclined), ct);
        }
        else if (PhoneNumber(text) is { } phone)
        {
            await handoff.RequestCallbackAsync(step.Context, phone, ct);
            await step.Context.SendAsync(Say(MessageIds.HandoffCallbackSaved), ct);
        }
        else
        {
            await step.Context.SendAsync(Say(MessageIds.HandoffCallbackBadPhone), ct);
        }
        return await step.EndDialogAsync(null, ct);
    }

    /// <summary>A Vietnamese number (0xxxxxxxxx or +84xxxxxxxxx, spaces, dots and dashes allowed), normalised; null if not one.</summary>
    internal static string? PhoneNumber(string text)
    {
        var compact = Separators().Replace(text.Trim(), "");
        return VietnamesePhone().IsMatch(compact) ? compact : null;
    }

    private string Say(string id) => content.Messages.Render(id, ("numbers", numbers.Line));

    [GeneratedRegex(@"[\s.\-()]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(\+84|0)[0-9]{8,10}$")]
    private static partial Regex VietnamesePhone();
}

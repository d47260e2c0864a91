using HotlineBot.Content;
using HotlineBot.Dialogs;
using HotlineBot.Handoff;
using HotlineBot.Safety;

namespace HotlineBot.Conversation;

/// <summary>
/// "Hủy yêu cầu" while waiting for a counsellor: withdraws the request, confirms with the numbers, and the bot carries
/// on — the question underneath is asked again, or the main menu when nothing was running. A high-risk (emergency)
/// case is withdrawn only once the citizen confirms; anything but a clear yes keeps it waiting.
/// </summary>
public sealed class HandoffCancelDialog(HumanHandoff handoff, HotlineContent content, EmergencyNumbersText numbers)
{
    public WaterfallDialog Build() => new(DialogIds.HandoffCancel, ConfirmIfUrgentAsync, CancelAsync);

    private async Task<DialogTurnResult> ConfirmIfUrgentAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var link = step.Context.Require<HandoffLink>();
        if (!await handoff.IsUrgentAsync(link, ct))
        {
            return await step.NextAsync(new DialogResult { Confirmed = true }, ct);
        }
        step.Values[CaseKey] = link.CaseId;
        return await step.PromptAsync(DialogIds.Confirm, new PromptOptions
        {
            Text = content.Messages.Render(MessageIds.HandoffCancelConfirmUrgent),
            MaxAttempts = 1,
        }, ct);
    }

    private async Task<DialogTurnResult> CancelAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result?.Confirmed != true || step.Context.Get<HandoffLink>() is not { Active: false } link
            || (step.Values.TryGetValue(CaseKey, out var asked) && asked != link.CaseId))
        {
            await step.Context.SendAsync(content.Messages.Render(MessageIds.HandoffCancelKept, ("numbers", numbers.Line)), ct);
            return await NextAsync(step, ct);
        }
        await step.Context.SendAsync(await handoff.CancelAsync(step.Context, link, ct), ct);
        step.Context.Set(new HandoffLink(link.CaseId, Active: false) { Withdrawn = true });
        return await NextAsync(step, ct);
    }

    private const string CaseKey = "case";

    private static Task<DialogTurnResult> NextAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.DialogContext.Stack.Count > 1
            ? step.EndDialogAsync(null, ct)
            : step.DialogContext.ReplaceDialogAsync(DialogIds.MainMenu, null, ct);
}

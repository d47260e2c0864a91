using HotlineBot.Dialogs;
using HotlineBot.Handoff;

namespace HotlineBot.Conversation;

/// <summary>
/// "Hủy yêu cầu" while waiting for a counsellor: withdraws the request, confirms with the numbers, and the bot carries
/// on — the question underneath is asked again, or the main menu when nothing was running.
/// </summary>
public sealed class HandoffCancelDialog(HumanHandoff handoff)
{
    public WaterfallDialog Build() => new(DialogIds.HandoffCancel, CancelAsync);

    private async Task<DialogTurnResult> CancelAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var link = step.Context.Require<HandoffLink>();
        await step.Context.SendAsync(await handoff.CancelAsync(step.Context, link, ct), ct);
        step.Context.Set(new HandoffLink(link.CaseId, Active: false) { Withdrawn = true });
        return step.DialogContext.Stack.Count > 1
            ? await step.EndDialogAsync(null, ct)
            : await step.DialogContext.ReplaceDialogAsync(DialogIds.MainMenu, null, ct);
    }
}

using HotlineBot.Content;
using HotlineBot.Dialogs;
using HotlineBot.Escalation;
using HotlineBot.Handoff;
using HotlineBot.Language;
using HotlineBot.Referral.Cases;
using HotlineBot.Safety;
using HotlineBot.State;

namespace HotlineBot.Conversation;

/// <summary>
/// Danger. First, in the same turn and from memory only: the emergency numbers (and the child line once more when the
/// person mentioned a child), then one question — is it safe to keep chatting? Not safe (or no clear answer): one short
/// line and the dialog ends. Safe: where are you and the nearest places (<see cref="NearbyHelpDialog"/>), then a
/// high-priority case for a counsellor (<see cref="ConversationCases"/>: escalated without making the reply wait long on
/// Redis, and tied to this conversation so the operator who claims it can write back, over SMS too) and the numbers again.
/// </summary>
public sealed class EmergencyDialog(HotlineContent content, EmergencyNumbersText numbers, Triage triage, ConversationCases cases)
{
    public WaterfallDialog Build() => new(DialogIds.Emergency, NumbersAndAskAsync, AnswerAsync, EscalateAsync);

    private async Task<DialogTurnResult> NumbersAndAskAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var data = step.Context.Require<ConversationState>().Data;
        data.Raise(RiskLevel.High, ["dialog:emergency"]);
        data.ChildrenMentioned |= ChildMention.In(step.Context.Get<TriageResult>() ?? triage.Classify(step.Context.Activity.Text));
        var text = content.Messages.Render(MessageIds.EmergencyNumbers, ("numbers", numbers.Line));
        if (data.ChildrenMentioned && numbers.ChildrenLine.Length > 0)
        {
            text += " " + content.Messages.Render(MessageIds.EmergencyChildren, ("children_numbers", numbers.ChildrenLine));
        }
        await step.Context.SendAsync(text, ct);
        return await step.PromptAsync(DialogIds.Confirm, new PromptOptions
        {
            Text = content.Messages.Render(MessageIds.EmergencySafeToChat),
            MaxAttempts = 1,
        }, ct);
    }

    private async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result?.Confirmed == true)
        {
            await step.Context.SendAsync(content.Messages.Render(MessageIds.EmergencyContinue), ct);
            return await step.BeginDialogAsync(DialogIds.EmergencyNearby, ct);
        }
        // Not safe (or no clear answer): one short line, and nothing more that could buzz or light up the phone.
        await step.Context.SendAsync(content.Messages.Render(MessageIds.EmergencyStaySafe), ct);
        return await step.DialogContext.CancelAllDialogsAsync(ct);
    }

    private async Task<DialogTurnResult> EscalateAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var result = await cases.OpenAsync(step.Context, CaseFromConversation.For(step.Context, CaseRisk.High), ct);
        var said = result.Outcome == EscalationOutcome.NotKept ? MessageIds.CaseNotKept : MessageIds.CaseQueued;
        await step.Context.SendAsync(content.Messages.Render(said, ("numbers", numbers.Line)), ct);
        return await step.EndDialogAsync(null, ct);
    }
}

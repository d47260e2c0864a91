using HotlineBot.Activities;
using HotlineBot.Content;
using HotlineBot.Language;
using HotlineBot.Safety;
using HotlineBot.Turns;

namespace HotlineBot.Handoff;

/// <summary>
/// While a human holds the conversation the bot is silent: the citizen's messages go to the operator's live view
/// (with their triage risk, so danger shows at once) and the rest of the pipeline does not run. Typing is passed on.
/// One exception, for safety: a message triage calls an emergency still gets the emergency numbers at once, from
/// memory — the operator may be mid-sentence or away, and the person must not wait for them to call 113.
/// While the case still waits in the queue the bot serves as usual; the link is left on the turn for the dialogs.
/// Runs after state, triage and transcript, so the conversation's risk and transcript keep growing meanwhile.
/// Without Redis there is no handoff and every turn passes through.
/// </summary>
public sealed class HandoffGateMiddleware(HotlineContent content, EmergencyNumbersText numbers, HandoffStore? store = null, HandoffSignals? signals = null) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turn.Activity;
        var link = store is null || signals is null || activity.Type is not (ActivityTypes.Message or ActivityTypes.Typing)
            ? null
            : await store.GetLinkAsync(activity.ChannelId ?? "unknown", activity.Conversation?.Id ?? "");
        if (link is not { Active: true } || store is null || signals is null)
        {
            if (link is not null)
            {
                turn.Set(link); // waiting in the queue: the bot serves on, and "hủy" withdraws the request (HandoffCancelInterruption)
            }
            await next(cancellationToken);
            return;
        }
        if (activity.Type == ActivityTypes.Typing)
        {
            await store.SetTypingAsync(link.CaseId, "citizen");
        }
        else
        {
            var triage = turn.Get<TriageResult>();
            if (triage?.Intent == Intent.Emergency)
            {
                // First, before any Redis write that could fail or wait.
                await turn.SendAsync(content.Messages.Render(MessageIds.EmergencyNumbers, ("numbers", numbers.Line)), cancellationToken);
            }
            await store.AppendAsync(link.CaseId, "citizen", activity.Text ?? "", risk: triage?.Risk.ToString().ToLowerInvariant());
            await signals.CaseChangedAsync(link.CaseId);
            return;
        }
        await signals.CaseChangedAsync(link.CaseId);
    }
}

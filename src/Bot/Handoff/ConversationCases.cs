using HotlineBot.Escalation;
using HotlineBot.Referral.Cases;
using HotlineBot.Transcripts;
using HotlineBot.Turns;
using Microsoft.Extensions.Options;

namespace HotlineBot.Handoff;

/// <summary>
/// The one way a conversation opens a case — the emergency dialog, "Gặp tư vấn viên" (from the menu, anywhere, or after
/// the shelter finder) and a call-back request. The case goes to the operators through <see cref="CaseEscalation"/>
/// (the local outbox when Redis is away); then the conversation is tied to it, so whoever claims it can talk on the
/// person's own channel: the handoff link (queued until claimed) and, over SMS, the sealed number to answer at
/// (<see cref="SmsRecipient"/>, never the number in clear). A case in the queue is announced on the conversation with
/// <c>handoff.initiate</c> and the transcript (<see cref="HandoffEvents"/>; a channel that cannot carry events, like SMS,
/// drops it — the audit stream records the same steps). A call-back case is neither tied nor announced: it is phoned,
/// not chatted. Tying waits at most <see cref="EscalationOptions.WriteTimeout"/> and never fails the turn; without
/// Redis there is no handoff and nothing to tie.
/// </summary>
public sealed class ConversationCases(
    CaseEscalation escalation,
    TimeProvider time,
    IOptions<EscalationOptions> options,
    ILogger<ConversationCases> log,
    HandoffStore? store = null,
    ITranscriptStore? transcripts = null)
{
    /// <summary>Opens <paramref name="newCase"/> for the conversation of <paramref name="turn"/>.</summary>
    public async Task<EscalationResult> OpenAsync(TurnContext turn, NewCase newCase, CancellationToken cancellationToken = default)
    {
        var result = await escalation.EscalateAsync(newCase, cancellationToken);
        if (store is null || result.Outcome == EscalationOutcome.NotKept || newCase.Cues.Contains(HumanHandoff.CallbackCue))
        {
            return result;
        }
        var tie = TieAsync(store, result.CaseId, newCase, SmsRecipient.Of(turn.Activity));
        if (result.Outcome == EscalationOutcome.KeptLocally)
        {
            // Redis is away: do not make the person wait on it twice. The writes are tried once; a failure is logged.
            Observe(tie, result.CaseId);
            return result;
        }
        try
        {
            await tie.WaitAsync(options.Value.WriteTimeout, time, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Observe(tie, result.CaseId);
        }
        await AnnounceAsync(turn, result.CaseId, newCase, cancellationToken);
        return result;
    }

    // handoff.initiate with the transcript; the case is queued whatever happens here, so a failure only loses the event.
    private async Task AnnounceAsync(TurnContext turn, string caseId, NewCase newCase, CancellationToken cancellationToken)
    {
        if (transcripts is null)
        {
            return;
        }
        try
        {
            var said = await transcripts.ReadAsync(newCase.Channel, newCase.ConversationId, cancellationToken);
            await turn.SendAsync(HandoffEvents.InitiateFor(turn.Activity, caseId, newCase.Risk.ToString().ToLowerInvariant(), newCase.Cues, said), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning("Case {CaseId} queued but handoff.initiate not sent ({Problem})", caseId, e.GetType().Name);
        }
    }

    private static async Task TieAsync(HandoffStore store, string caseId, NewCase newCase, string? sealedNumber)
    {
        var link = store.SetLinkAsync(newCase.Channel, newCase.ConversationId, new HandoffLink(caseId, Active: false));
        var recipient = sealedNumber is null ? Task.CompletedTask : store.SetRecipientAsync(caseId, sealedNumber);
        await Task.WhenAll(link, recipient);
    }

    private void Observe(Task tie, string caseId) =>
        _ = tie.ContinueWith(
            t => log.LogWarning("Case {CaseId} could not be tied to its conversation ({Problem}): an operator who claims it cannot write back on its channel",
                caseId, t.Exception?.InnerException?.GetType().Name),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}

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
/// not chatted. Tying waits at most <see cref="EscalationOptions.WriteTimeout"/> and never fails the turn; when the case
/// was kept locally (Redis away) the tie is retried in the background until Redis returns. Without Redis configured
/// there is no handoff and nothing to tie.
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
        var sealedNumber = SmsRecipient.Of(turn.Activity);
        if (result.Outcome == EscalationOutcome.KeptLocally)
        {
            // Redis is away: do not make the person wait on it twice. The tie is retried in the background until Redis
            // returns, as the case itself is (CaseOutboxWriter), so whoever claims it can still write back.
            _ = TieWhenRedisReturnsAsync(store, result.CaseId, newCase, sealedNumber);
            return result;
        }
        var tie = TieAsync(store, result.CaseId, newCase, sealedNumber);
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

    /// <summary>Ties the case with doubling delays (<see cref="EscalationOptions.RetryFirstDelay"/> up to
    /// <see cref="EscalationOptions.RetryMaxDelay"/>) for at most <see cref="TieRetryLimit"/>; logs how it ended.</summary>
    private async Task TieWhenRedisReturnsAsync(HandoffStore store, string caseId, NewCase newCase, string? sealedNumber)
    {
        var delay = options.Value.RetryFirstDelay;
        var giveUpAt = time.GetUtcNow() + TieRetryLimit;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await TieAsync(store, caseId, newCase, sealedNumber).WaitAsync(options.Value.WriteTimeout, time);
                if (attempt > 1)
                {
                    log.LogInformation("Case {CaseId} tied to its conversation once Redis returned", caseId);
                }
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (time.GetUtcNow() >= giveUpAt)
                {
                    log.LogWarning(NotTied, caseId, e.GetType().Name);
                    return;
                }
            }
            await Task.Delay(delay, time);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.Value.RetryMaxDelay.Ticks));
        }
    }

    private const string NotTied = "Case {CaseId} could not be tied to its conversation ({Problem}): an operator who claims it cannot write back on its channel";

    /// <summary>How long a case kept locally keeps trying to be tied to its conversation.</summary>
    public static readonly TimeSpan TieRetryLimit = TimeSpan.FromHours(1);

    private void Observe(Task tie, string caseId) =>
        _ = tie.ContinueWith(
            t => log.LogWarning(NotTied, caseId, t.Exception?.InnerException?.GetType().Name),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}

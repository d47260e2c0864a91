using HotlineBot.Referral.Cases;
using Microsoft.Extensions.Options;

namespace HotlineBot.Escalation;

/// <summary>
/// The one place the bot creates referral cases (emergency dialog, shelter finder, "Gặp tư vấn viên").
/// <see cref="EscalateAsync"/> writes the case to Redis (<see cref="RedisCaseStore"/>: created and queued atomically),
/// waiting at most <see cref="EscalationOptions.WriteTimeout"/>; if Redis is slow, away or not configured, the case is
/// kept in the <see cref="CaseOutbox"/> under the same id and <see cref="CaseOutboxWriter"/> writes it when Redis is back.
/// Ids are chosen here, so a write that timed out but did land is never queued twice. Never throws for Redis trouble.
/// </summary>
public sealed class CaseEscalation(RedisCaseStore? store, CaseOutbox outbox, TimeProvider time, IOptions<EscalationOptions> options, ILogger<CaseEscalation> log,
    ICaseQueuedSignal? queued = null)
{
    /// <summary>The "who" of the audit entry of a case the bot creates.</summary>
    public const string Who = "bot";

    /// <summary>
    /// Hands <paramref name="newCase"/> to the operators. Returns within about <see cref="EscalationOptions.WriteTimeout"/>:
    /// <see cref="EscalationOutcome.Queued"/> (in Redis now), <see cref="EscalationOutcome.KeptLocally"/> (written later) or,
    /// only when the outbox is full of higher-risk cases, <see cref="EscalationOutcome.NotKept"/>.
    /// </summary>
    public async Task<EscalationResult> EscalateAsync(NewCase newCase, CancellationToken cancellationToken = default)
    {
        var id = RedisCaseStore.NewId();
        if (store is null)
        {
            log.LogWarning("Case {CaseId} ({Risk}) kept in the local outbox: Redis is not configured, operators cannot see it", id, newCase.Risk);
            return Keep(id, newCase);
        }
        if (outbox.Count > 0)
        {
            // Redis has been failing: do not make the citizen wait for it again; the writer retries in order of urgency.
            return Keep(id, newCase);
        }
        var write = store.CreateAsync(id, newCase, Who, CancellationToken.None);
        try
        {
            await write.WaitAsync(options.Value.WriteTimeout, time, cancellationToken);
            await SignalAsync();
            return new EscalationResult(id, EscalationOutcome.Queued);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _ = write.ContinueWith(t => t.Exception, TaskScheduler.Default); // a late failure is expected, not unobserved
            log.LogWarning("Case {CaseId} ({Risk}) kept in the local outbox: Redis did not take it ({Problem})", id, newCase.Risk, e.GetType().Name);
            return Keep(id, newCase);
        }
        catch (OperationCanceledException)
        {
            Keep(id, newCase);
            throw;
        }
    }

    private async Task SignalAsync()
    {
        try
        {
            await (queued?.CaseQueuedAsync() ?? Task.CompletedTask);
        }
        catch (Exception e)
        {
            // The case is queued; consoles also poll, so a lost wake-up only delays the view.
            log.LogWarning("Queue views not woken after a case was queued ({Problem})", e.GetType().Name);
        }
    }

    private EscalationResult Keep(string id, NewCase newCase) =>
        new(id, outbox.Add(new PendingCase(id, newCase, time.GetUtcNow())) ? EscalationOutcome.KeptLocally : EscalationOutcome.NotKept);
}

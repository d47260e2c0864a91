using StackExchange.Redis;

namespace HotlineBot.Referral.Cases;

/// <summary>What the citizen side needs beyond creating a case: withdraw it while it waits, and the queue in order.</summary>
public sealed partial class RedisCaseStore
{
    /// <summary>
    /// Cancels the case only while it still waits in the queue (atomically, audited with <paramref name="who"/>):
    /// once an operator has claimed it, the result is <see cref="TransitionResult.NotAllowed"/> and nothing changes.
    /// </summary>
    public async Task<TransitionResult> CancelQueuedAsync(string id, string who, CancellationToken cancellationToken = default)
    {
        var result = (int)await _db.ScriptEvaluateAsync(
            CaseScripts.Transition,
            [CaseKey(id), ClaimsKey, QueueKey, AuditKey],
            [id, who, Iso(time.GetUtcNow()), Code(CaseStatus.Cancelled), Code(CaseStatus.Queued), "", TtlSeconds()]);
        return result switch
        {
            1 => TransitionResult.Done,
            -1 => TransitionResult.NotFound,
            _ => TransitionResult.NotAllowed,
        };
    }

    /// <summary>The ids of the first <paramref name="count"/> cases in serving order; the first is position 1.</summary>
    public async Task<IReadOnlyList<string>> QueuedIdsAsync(int count, CancellationToken cancellationToken = default) =>
        [.. (await _db.SortedSetRangeByRankAsync(QueueKey, 0, count - 1)).Select(id => (string)id!)];
}

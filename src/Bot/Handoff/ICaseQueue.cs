using HotlineBot.Referral.Cases;

namespace HotlineBot.Handoff;

/// <summary>
/// Where the citizen side puts a case for a human. A seam on purpose: today <see cref="RedisCaseQueue"/> writes straight
/// to the case store; the bot's own escalation service (with its local outbox for a Redis outage) can implement it instead.
/// </summary>
public interface ICaseQueue
{
    /// <summary>Creates and queues the case; returns its id.</summary>
    Task<string> EnqueueAsync(NewCase newCase, CancellationToken cancellationToken = default);
}

using HotlineBot.Activities;
using HotlineBot.Referral.Cases;

namespace HotlineBot.Handoff;

/// <summary>
/// Where the citizen side puts a case for a human: <see cref="EscalatingCaseQueue"/>, through the bot's one escalation
/// service (local outbox when Redis is away). An interface so the handoff can be tested without it.
/// </summary>
public interface ICaseQueue
{
    /// <summary>Creates and queues the case for the conversation of <paramref name="inbound"/> (tied to it); returns its id.</summary>
    Task<string> EnqueueAsync(Activity inbound, NewCase newCase, CancellationToken cancellationToken = default);
}

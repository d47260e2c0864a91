using HotlineBot.Referral.Cases;
using HotlineBot.Turns;

namespace HotlineBot.Handoff;

/// <summary>
/// Where the citizen side puts a case for a human: <see cref="EscalatingCaseQueue"/>, through the bot's one escalation
/// service (local outbox when Redis is away). An interface so the handoff can be tested without it.
/// </summary>
public interface ICaseQueue
{
    /// <summary>Creates and queues the case for the conversation of <paramref name="turn"/> (tied to it, announced); returns its id.</summary>
    Task<string> EnqueueAsync(TurnContext turn, NewCase newCase, CancellationToken cancellationToken = default);
}

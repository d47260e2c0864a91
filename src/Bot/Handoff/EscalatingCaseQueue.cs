using HotlineBot.Referral.Cases;
using HotlineBot.Turns;

namespace HotlineBot.Handoff;

/// <summary>
/// "Gặp tư vấn viên" queues its case through <see cref="ConversationCases"/>, like the emergency dialog: one place creates
/// cases, ties them to their conversation and announces them (<c>handoff.initiate</c>), and a Redis blip keeps the case in the local outbox instead of losing it.
/// </summary>
public sealed class EscalatingCaseQueue(ConversationCases cases) : ICaseQueue
{
    public async Task<string> EnqueueAsync(TurnContext turn, NewCase newCase, CancellationToken cancellationToken = default) =>
        (await cases.OpenAsync(turn, newCase, cancellationToken)).CaseId;
}

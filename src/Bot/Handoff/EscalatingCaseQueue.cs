using HotlineBot.Activities;
using HotlineBot.Referral.Cases;

namespace HotlineBot.Handoff;

/// <summary>
/// "Gặp tư vấn viên" queues its case through <see cref="ConversationCases"/>, like the emergency dialog: one place creates
/// cases and ties them to their conversation, and a Redis blip keeps the case in the local outbox instead of losing it.
/// </summary>
public sealed class EscalatingCaseQueue(ConversationCases cases) : ICaseQueue
{
    public async Task<string> EnqueueAsync(Activity inbound, NewCase newCase, CancellationToken cancellationToken = default) =>
        (await cases.OpenAsync(inbound, newCase, cancellationToken)).CaseId;
}

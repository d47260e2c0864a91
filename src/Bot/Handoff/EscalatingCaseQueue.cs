using HotlineBot.Escalation;
using HotlineBot.Referral.Cases;

namespace HotlineBot.Handoff;

/// <summary>
/// "Gặp tư vấn viên" queues its case through <see cref="CaseEscalation"/>, like the emergency dialog: one place creates
/// cases, and a Redis blip keeps the case in the local outbox instead of losing it.
/// </summary>
public sealed class EscalatingCaseQueue(CaseEscalation escalation) : ICaseQueue
{
    public async Task<string> EnqueueAsync(NewCase newCase, CancellationToken cancellationToken = default) =>
        (await escalation.EscalateAsync(newCase, cancellationToken)).CaseId;
}

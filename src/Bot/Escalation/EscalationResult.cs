namespace HotlineBot.Escalation;

/// <summary>What <see cref="CaseEscalation.EscalateAsync"/> did: the case id (the same in the outbox and in Redis) and where it went.</summary>
public sealed record EscalationResult(string CaseId, EscalationOutcome Outcome);

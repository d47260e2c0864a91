using HotlineBot.Referral.Cases;

namespace HotlineBot.Escalation;

/// <summary>A case waiting in the local outbox, under the id it will have in Redis (so a retried write never makes two).</summary>
public sealed record PendingCase(string Id, NewCase Case, DateTimeOffset KeptAt);

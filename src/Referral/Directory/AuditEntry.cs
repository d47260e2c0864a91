namespace HotlineBot.Referral.Directory;

/// <summary>One entry of the append-only audit stream <c>hb:audit</c>.</summary>
/// <param name="Entity">e.g. <c>place:demo-ht-01</c>.</param>
/// <param name="Before">JSON of the changed fields before the change; empty when the entity was created.</param>
public sealed record AuditEntry(string StreamId, string Who, string At, string Entity, string Action, string Before, string After);

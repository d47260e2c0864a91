namespace HotlineBot.Handoff;

/// <summary>Which case a conversation is in, and whether a human holds it yet (<see cref="Active"/>) or it waits in the queue.</summary>
public sealed record HandoffLink(string CaseId, bool Active);

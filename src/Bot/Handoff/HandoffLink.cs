namespace HotlineBot.Handoff;

/// <summary>
/// Which case a conversation is in, and whether a human holds it yet (<see cref="Active"/>) or it waits in the queue.
/// <see cref="Withdrawn"/> marks, for the rest of a turn, a request the citizen has just cancelled.
/// </summary>
public sealed record HandoffLink(string CaseId, bool Active)
{
    public bool Withdrawn { get; init; }
}

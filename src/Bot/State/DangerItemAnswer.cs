namespace HotlineBot.State;

/// <summary>The answer to one danger-assessment question, by the question's stable id (e.g. "strangling").</summary>
public sealed record DangerItemAnswer(string Item, DangerAnswer Answer);

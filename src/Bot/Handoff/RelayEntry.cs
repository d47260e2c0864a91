namespace HotlineBot.Handoff;

/// <summary>
/// One line of the live conversation between a citizen and the operator, as the console shows it.
/// <paramref name="From"/> is <c>citizen</c>, <c>operator</c> or <c>system</c> (joined, transferred, closed, referred).
/// <paramref name="Risk"/> is the triage risk of a citizen's message (<c>high</c> shows at once in red).
/// </summary>
public sealed record RelayEntry(int Seq, DateTimeOffset At, string From, string Text, string? Operator = null, string? Risk = null);

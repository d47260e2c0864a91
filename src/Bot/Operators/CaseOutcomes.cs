namespace HotlineBot.Operators;

/// <summary>The outcome codes a case can be closed with (reports count them).</summary>
public static class CaseOutcomes
{
    public static IReadOnlyList<string> All { get; } =
        ["referred", "counselled", "safety-plan", "emergency-services", "callback-done", "no-response", "not-gbv", "other"];
}

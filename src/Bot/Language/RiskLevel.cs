namespace HotlineBot.Language;

/// <summary>How much danger the message shows. Wire values: <c>"high"</c>, <c>"medium"</c>, <c>"low"</c>, <c>"none"</c>.</summary>
public enum RiskLevel
{
    None,
    Low,
    Medium,
    High,
}

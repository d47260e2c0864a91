namespace HotlineBot.Language;

/// <summary>The triage of one message, with the reasons an operator can read.</summary>
/// <param name="Cues">What fired, in order: lexicon cues ("violence:đánh", "urgency:đang", "negated:violence:đánh"),
/// the rule that decided ("rule:emergency:violence-now") and the model's vote ("model:disclosure 0.91").</param>
/// <param name="Tokens">The tokenised message (for callers that want to reuse it).</param>
/// <param name="Confidence">1 when a rule decided; otherwise the model's probability of the intent (0 for no known word).</param>
public sealed record TriageResult(
    Intent Intent,
    RiskLevel Risk,
    IReadOnlyList<string> Cues,
    IReadOnlyList<Entity> Entities,
    TokenisedText Tokens,
    double Confidence);

namespace HotlineBot.Language;

/// <summary>The lexicon cues of one message, with negation and past/hypothetical context worked out.</summary>
internal sealed class TriageCues
{
    private const int NegationWindow = 3;

    private static readonly HashSet<string> Negatable = ["violence", "selfharm", "danger", "weapon", "urgency"];

    private static readonly HashSet<string> PastTimes =
        ["yesterday", "last-night", "yesterday-morning", "yesterday-afternoon", "day-before-yesterday", "last-week", "last-month", "last-year"];

    private readonly HashSet<string> _active = new(StringComparer.Ordinal);

    public TriageCues(List<PhraseMatch<LexiconEntry>> matches, List<string> explanations)
    {
        int hypotheticalAt = int.MaxValue;
        foreach (var m in matches)
        {
            foreach (var e in m.Payloads)
            {
                if (e.Category == "hypothetical")
                {
                    hypotheticalAt = Math.Min(hypotheticalAt, m.TokenStart);
                }
            }
        }
        foreach (var m in matches)
        {
            foreach (var e in m.Payloads)
            {
                if (e.Category is "negation" or "falsefriend")
                {
                    if (e.Category == "falsefriend")
                    {
                        explanations.Add($"falsefriend:{e.Phrase}");
                        _active.Add("falsefriend");
                        FalseFriendTokens.Add((m.TokenStart, m.TokenEnd));
                    }
                    continue;
                }
                if (Negatable.Contains(e.Category) && IsNegated(matches, m))
                {
                    explanations.Add($"negated:{e.Category}:{e.Value}");
                    _active.Add("neg-" + e.Category);
                    continue;
                }
                if (e.Category == "time" && PastTimes.Contains(e.Value))
                {
                    _active.Add("past");
                }
                if (e.Category is "violence" or "danger" or "weapon" && m.TokenStart > hypotheticalAt)
                {
                    Hypothetical = true;
                }
                if (_active.Add(e.Category + ":" + e.Value))
                {
                    explanations.Add($"{e.Category}:{e.Value}");
                }
                _active.Add(e.Category);
            }
        }
    }

    public IReadOnlyCollection<string> Active => _active;

    /// <summary>Token ranges inside false friends ("đánh răng"): the model must not read their words.</summary>
    public List<(int Start, int End)> FalseFriendTokens { get; } = [];

    public bool InFalseFriend(int token)
    {
        foreach (var (start, end) in FalseFriendTokens)
        {
            if (token >= start && token < end)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A violence, danger or weapon cue follows "nếu", "giả sử", … ("nếu bị đánh thì báo ai?").</summary>
    public bool Hypothetical { get; }

    public bool Has(string categoryOrValue) => _active.Contains(categoryOrValue);

    public bool Past => Has("past");

    /// <summary>Physical or sexual violence, threats (anything but psychological/economic).</summary>
    public bool PhysicalViolence =>
        Has("violence:đánh") || Has("violence:bóp cổ") || Has("violence:đâm chém") || Has("violence:giết")
        || Has("violence:tình dục") || Has("violence:giam giữ");

    public bool Threat => Has("violence:đe dọa") || Has("violence:dọa giết");

    public bool Severe =>
        Has("violence:bóp cổ") || Has("violence:đâm chém") || Has("violence:giết") || Has("violence:dọa giết") || Has("violence:giam giữ");

    private static bool IsNegated(List<PhraseMatch<LexiconEntry>> matches, PhraseMatch<LexiconEntry> target)
    {
        foreach (var m in matches)
        {
            if (m.TokenEnd <= target.TokenStart && m.TokenEnd >= target.TokenStart - NegationWindow
                && m.Payloads.Any(p => p.Category == "negation"))
            {
                return true;
            }
        }
        return false;
    }
}

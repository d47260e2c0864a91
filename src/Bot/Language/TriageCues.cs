namespace HotlineBot.Language;

/// <summary>The lexicon cues of one message, with negation and past/hypothetical context worked out.</summary>
internal sealed class TriageCues
{
    private const int NegationWindow = 3;

    private static readonly HashSet<string> Negatable = ["violence", "selfharm", "danger", "weapon", "urgency"];

    private static readonly HashSet<string> PastTimes =
        ["yesterday", "last-night", "yesterday-morning", "yesterday-afternoon", "day-before-yesterday", "last-week", "last-month", "last-year"];

    private readonly HashSet<string> _active = new(16, StringComparer.Ordinal);

    /// <summary>The lexicon categories and category:value pairs the rules read; <see cref="Triage"/> refuses a lexicon without them.</summary>
    public static readonly IReadOnlyList<string> Required =
    [
        "negation", "past", "hypothetical", "falsefriend", "urgency", "legal", "procedure", "weapon", "time",
        "selfharm", "help:cứu", "help:giúp", "children:con", "children:thai",
        "danger:chảy máu", "danger:bất tỉnh", "danger:đang trốn", "danger:đang đến",
        "violence:đánh", "violence:tình dục", "violence:bóp cổ", "violence:đâm chém", "violence:giết",
        "violence:giam giữ", "violence:dọa giết", "violence:đe dọa", "violence:tinh thần",
    ];

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
                if (_active.Add(e.Key))
                {
                    explanations.Add(e.Key);
                    Flag(e.Key);
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

    /// <summary>Physical or sexual violence, confinement (anything but psychological/economic abuse and threats).</summary>
    public bool PhysicalViolence { get; private set; }

    public bool Threat { get; private set; }

    /// <summary>Strangling, stabbing, killing, a threat to kill, confinement.</summary>
    public bool Severe { get; private set; }

    private void Flag(string key)
    {
        switch (key)
        {
            case "violence:đánh" or "violence:tình dục":
                PhysicalViolence = true;
                break;
            case "violence:bóp cổ" or "violence:đâm chém" or "violence:giết" or "violence:giam giữ":
                PhysicalViolence = true;
                Severe = true;
                break;
            case "violence:dọa giết":
                Threat = true;
                Severe = true;
                break;
            case "violence:đe dọa":
                Threat = true;
                break;
        }
    }

    private static bool IsNegated(List<PhraseMatch<LexiconEntry>> matches, PhraseMatch<LexiconEntry> target)
    {
        foreach (var m in matches)
        {
            if (m.TokenEnd <= target.TokenStart && m.TokenEnd >= target.TokenStart - NegationWindow)
            {
                foreach (var p in m.Payloads)
                {
                    if (p.Category == "negation")
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

namespace HotlineBot.Language;

/// <summary>
/// Finds known multi-syllable phrases in a <see cref="TokenisedText"/>, longest first, left to right, without overlap.
/// Diacritics: a span the person typed with diacritics must match the phrase exactly; a span typed without
/// them matches the folded phrase ("ha tinh" = "Hà Tĩnh", but "thai bình" ≠ "Thái Bình").
/// Phrases marked accented-only always need the exact form. Immutable and thread-safe once built.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<Pattern>> _byFirst = new(StringComparer.Ordinal);

    /// <param name="phrases">Phrase text (any case, with diacritics), whether it is accented-only, and its payload.</param>
    public PhraseMatcher(IEnumerable<(string Phrase, bool AccentedOnly, T Payload)> phrases)
    {
        var byText = new Dictionary<(string, bool), Pattern>();
        foreach (var (phrase, accentedOnly, payload) in phrases)
        {
            var accented = Tokeniser.Plain.Tokenise(phrase).Syllables().ToArray();
            if (accented.Length == 0)
            {
                continue;
            }
            var key = (string.Join(' ', accented), accentedOnly);
            if (!byText.TryGetValue(key, out var pattern))
            {
                pattern = new Pattern(accented, accented.Select(Normaliser.Fold).ToArray(), accentedOnly, []);
                byText[key] = pattern;
                if (!_byFirst.TryGetValue(pattern.Folded[0], out var list))
                {
                    _byFirst[pattern.Folded[0]] = list = [];
                }
                list.Add(pattern);
            }
            pattern.Payloads.Add(payload);
        }
        foreach (var list in _byFirst.Values)
        {
            list.Sort((a, b) => b.Folded.Length.CompareTo(a.Folded.Length));
        }
    }

    public List<PhraseMatch<T>> Match(TokenisedText text)
    {
        var result = new List<PhraseMatch<T>>();
        var tokens = text.Array;
        int i = 0;
        while (i < tokens.Length)
        {
            var found = _byFirst.TryGetValue(tokens[i].Folded, out var candidates) ? Longest(tokens, i, candidates) : null;
            if (found is null)
            {
                i++;
                continue;
            }
            result.Add(new PhraseMatch<T>(i, found.Folded.Length, found.Payloads));
            i += found.Folded.Length;
        }
        return result;
    }

    private static Pattern? Longest(Token[] tokens, int at, List<Pattern> candidates)
    {
        foreach (var p in candidates)
        {
            if (at + p.Folded.Length <= tokens.Length && Matches(tokens, at, p))
            {
                return p;
            }
        }
        return null;
    }

    private static bool Matches(Token[] tokens, int at, Pattern p)
    {
        bool exact = p.AccentedOnly;
        for (int k = 0; k < p.Folded.Length && !exact; k++)
        {
            exact = tokens[at + k].TypedWithDiacritics;
        }
        for (int k = 0; k < p.Folded.Length; k++)
        {
            ref readonly var t = ref tokens[at + k];
            if (exact ? t.Text != p.Accented[k] : t.Folded != p.Folded[k])
            {
                return false;
            }
        }
        return true;
    }

    private sealed record Pattern(string[] Accented, string[] Folded, bool AccentedOnly, List<T> Payloads);
}

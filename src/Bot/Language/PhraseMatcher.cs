namespace HotlineBot.Language;

/// <summary>
/// Finds known multi-syllable phrases in a <see cref="TokenisedText"/>, longest first, left to right, without overlap.
/// Diacritics: a span the person typed with diacritics must match the phrase exactly; a span typed without
/// them matches the folded phrase ("ha tinh" = "Hà Tĩnh", but "thai bình" ≠ "Thái Bình").
/// Phrases marked accented-only always need the exact form. A trie over folded syllables keeps lookup
/// to one dictionary probe per syllable. Immutable and thread-safe once built.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Node _root = new();

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
                pattern = new Pattern(accented, accentedOnly, []);
                byText[key] = pattern;
                var node = _root;
                foreach (var syllable in accented)
                {
                    var folded = Normaliser.Fold(syllable);
                    node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
                    if (!node.Children.TryGetValue(folded, out var child))
                    {
                        node.Children[folded] = child = new Node();
                    }
                    node = child;
                }
                (node.Patterns ??= []).Add(pattern);
            }
            pattern.Payloads.Add(payload);
        }
    }

    public List<PhraseMatch<T>> Match(TokenisedText text)
    {
        var result = new List<PhraseMatch<T>>();
        var tokens = text.Array;
        int i = 0;
        while (i < tokens.Length)
        {
            var found = Longest(tokens, i);
            if (found is null)
            {
                i++;
                continue;
            }
            result.Add(new PhraseMatch<T>(i, found.Accented.Length, found.Payloads));
            i += found.Accented.Length;
        }
        return result;
    }

    private Pattern? Longest(Token[] tokens, int at)
    {
        Pattern? best = null;
        var node = _root;
        bool typedDiacritics = false;
        for (int k = at; k < tokens.Length; k++)
        {
            if (node.Children is null || !node.Children.TryGetValue(tokens[k].Folded, out var next))
            {
                break;
            }
            node = next;
            typedDiacritics |= tokens[k].TypedWithDiacritics;
            if (node.Patterns is null)
            {
                continue;
            }
            foreach (var p in node.Patterns)
            {
                if (!(p.AccentedOnly || typedDiacritics) || ExactlyAccented(tokens, at, p))
                {
                    best = p;
                    break;
                }
            }
        }
        return best;
    }

    private static bool ExactlyAccented(Token[] tokens, int at, Pattern p)
    {
        for (int k = 0; k < p.Accented.Length; k++)
        {
            if (tokens[at + k].Text != p.Accented[k])
            {
                return false;
            }
        }
        return true;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public List<Pattern>? Patterns { get; set; }
    }

    private sealed record Pattern(string[] Accented, bool AccentedOnly, List<T> Payloads);
}

namespace HotlineBot.Language;

/// <summary>
/// SMS / teen-code shorthand → full syllables ("ck" → "chồng", "bn" → "bao nhiêu", "bây h" → "bây giờ"),
/// loaded from <c>dialogs/language/abbreviations.yaml</c>.
/// </summary>
public sealed class Abbreviations
{
    public const string FileName = "dialogs/language/abbreviations.yaml";

    private readonly Dictionary<string, string[]> _single;
    private readonly Dictionary<string, Dictionary<string, string[]>> _pairs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _folded = new(StringComparer.Ordinal);

    private Abbreviations(Dictionary<string, string[]> single, Dictionary<string, string[]> pairs)
    {
        _single = single;
        foreach (var (key, expansion) in pairs)
        {
            var space = key.IndexOf(' ');
            var first = key[..space];
            if (!_pairs.TryGetValue(first, out var seconds))
            {
                _pairs[first] = seconds = new Dictionary<string, string[]>(StringComparer.Ordinal);
            }
            seconds[key[(space + 1)..]] = expansion;
        }
        foreach (var syllable in single.Values.Concat(pairs.Values).SelectMany(x => x))
        {
            _folded[syllable] = Normaliser.Fold(syllable);
        }
    }

    public static Abbreviations Empty { get; } = new([], []);

    public int Count => _single.Count + _pairs.Values.Sum(p => p.Count);

    public static Abbreviations Load(string contentRoot)
    {
        var path = Path.Combine(contentRoot, FileName);
        using var reader = new StreamReader(path);
        return Parse(path, reader);
    }

    public static Abbreviations Parse(string file, TextReader reader)
    {
        var single = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var pairs = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var root = YamlLists.ReadRoot(file, reader);
        foreach (var (full, _, items) in YamlLists.ReadMapOfLists(file, root))
        {
            var expansion = Normaliser.Normalise(full).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var (item, line) in items)
            {
                var parts = Normaliser.Normalise(item).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var target = parts.Length switch
                {
                    1 => single,
                    2 => pairs,
                    _ => throw new LanguageDataException(file, line, $"shorthand '{item}' must be one or two words"),
                };
                if (!target.TryAdd(string.Join(' ', parts), expansion))
                {
                    throw new LanguageDataException(file, line, $"shorthand '{item}' is listed twice");
                }
            }
        }
        return new Abbreviations(single, pairs);
    }

    /// <summary>The expansion of one typed word, or null.</summary>
    public string[]? Expand(string word) => _single.GetValueOrDefault(word);

    /// <summary>The expansion of two typed words ("bây h"), or null.</summary>
    public string[]? Expand(string first, string second) =>
        _pairs.TryGetValue(first, out var seconds) ? seconds.GetValueOrDefault(second) : null;

    /// <summary>The folded form of a syllable of some expansion (precomputed).</summary>
    internal string Fold(string syllable) => _folded.TryGetValue(syllable, out var f) ? f : Normaliser.Fold(syllable);
}

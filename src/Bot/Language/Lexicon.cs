namespace HotlineBot.Language;

/// <summary>
/// The phrases recognisers and triage rules look for, by category (relation, weapon, violence, urgency, …),
/// loaded from <c>dialogs/language/lexicon.yaml</c>.
/// </summary>
public sealed class Lexicon
{
    public const string FileName = "dialogs/language/lexicon.yaml";

    private Lexicon(IReadOnlyList<LexiconEntry> entries) => Entries = entries;

    public IReadOnlyList<LexiconEntry> Entries { get; }

    public static Lexicon Load(string contentRoot)
    {
        var path = Path.Combine(contentRoot, FileName);
        using var reader = new StreamReader(path);
        return Parse(path, reader);
    }

    public static Lexicon Parse(string file, TextReader reader)
    {
        var entries = new List<LexiconEntry>();
        var seen = new HashSet<(string, string)>();
        var root = YamlLists.ReadRoot(file, reader);
        foreach (var (k, v) in root.Children)
        {
            var category = YamlLists.Scalar(file, k);
            if (v is not YamlDotNet.RepresentationModel.YamlMappingNode values)
            {
                throw new LanguageDataException(file, YamlLists.Line(v), $"category '{category}' must map values to lists of phrases");
            }
            foreach (var (value, _, phrases) in YamlLists.ReadMapOfLists(file, values))
            {
                foreach (var (phrase, line) in phrases)
                {
                    bool accentedOnly = phrase.StartsWith('=');
                    var text = Normaliser.Normalise(accentedOnly ? phrase[1..] : phrase).Trim();
                    if (text.Length == 0)
                    {
                        throw new LanguageDataException(file, line, "empty phrase");
                    }
                    if (!seen.Add((category, text)))
                    {
                        throw new LanguageDataException(file, line, $"phrase '{text}' is listed twice in '{category}'");
                    }
                    entries.Add(new LexiconEntry(category, value, text, accentedOnly, line));
                }
            }
        }
        return new Lexicon(entries);
    }
}

using System.Text;
using YamlDotNet.RepresentationModel;

namespace HotlineBot.Content;

/// <summary>
/// Reads dialogs/messages/discreet.yaml: <c>rewrite:</c> (phrase → replacement, "" removes), <c>keep:</c> (innocent
/// phrases containing a revealing word) and <c>accented_only:</c> (rewrite phrases not to match without diacritics).
/// Every problem is reported as <c>file:line: what</c>; a replacement that itself reveals the topic is a problem.
/// </summary>
public static class DiscreetVocabularyLoader
{
    public const string FileName = "discreet.yaml";

    public static DiscreetVocabulary Load(string dialogsFolder)
    {
        var file = Path.Combine(dialogsFolder, "messages", FileName);
        var problems = new List<string>();
        var vocabulary = Read(file, problems);
        return problems.Count == 0 && vocabulary is not null ? vocabulary : throw new ContentException(problems);
    }

    private static DiscreetVocabulary? Read(string file, List<string> problems)
    {
        if (!File.Exists(file))
        {
            problems.Add($"{file}: file not found");
            return null;
        }
        var before = problems.Count;
        if (ContentLoader.Parse(file, problems) is not YamlMappingNode root || Child(root, "rewrite") is not YamlMappingNode rewrite)
        {
            if (problems.Count == before)
            {
                problems.Add($"{file}:1: expected a mapping with 'rewrite' (phrase: replacement), 'keep' and 'accented_only' lists");
            }
            return null;
        }
        var phrases = new Dictionary<string, string?>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, value) in rewrite.Children)
        {
            Add(file, key, value is YamlScalarNode { Value: var replacement } ? Normal(replacement ?? "") : null, phrases, lines, problems, value is YamlScalarNode);
        }
        foreach (var node in List(file, root, "keep", problems))
        {
            Add(file, node, null, phrases, lines, problems, true);
        }
        var accentedOnly = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in List(file, root, "accented_only", problems))
        {
            var phrase = Normal((node as YamlScalarNode)?.Value ?? "").ToLowerInvariant();
            if (!phrases.TryGetValue(phrase, out var replacement) || replacement is null)
            {
                problems.Add($"{file}:{node.Start.Line}: accented_only '{phrase}' must be a phrase under 'rewrite'");
            }
            accentedOnly.Add(phrase);
        }
        var vocabulary = new DiscreetVocabulary(phrases.Select(p => new DiscreetRule(p.Key, p.Value, !accentedOnly.Contains(p.Key))));
        var rewriter = new DiscreetText(vocabulary);
        foreach (var rule in vocabulary.Revealing.Where(r => r.Replacement!.Length > 0))
        {
            if (rewriter.FirstRevealing(rule.Replacement!) is { } leak)
            {
                problems.Add($"{file}:{lines[rule.Phrase]}: the replacement of '{rule.Phrase}' (\"{rule.Replacement}\") contains '{leak}', itself revealing");
            }
        }
        return problems.Count == before ? vocabulary : null;
    }

    private static void Add(string file, YamlNode key, string? replacement, Dictionary<string, string?> phrases, Dictionary<string, int> lines, List<string> problems, bool valid)
    {
        var phrase = Normal((key as YamlScalarNode)?.Value ?? "");
        var at = $"{file}:{key.Start.Line}";
        if (!valid || phrase.Length == 0 || phrase.Length > 60)
        {
            problems.Add($"{at}: each entry needs a phrase of 1–60 characters (and under 'rewrite' a text to put instead, \"\" to remove it)");
        }
        else if (phrase != phrase.ToLowerInvariant())
        {
            problems.Add($"{at}: write '{phrase}' in lower case (matching ignores case)");
        }
        else if (!phrases.TryAdd(phrase, replacement))
        {
            problems.Add($"{at}: '{phrase}' appears twice");
        }
        else
        {
            lines[phrase] = (int)key.Start.Line;
        }
    }

    private static IEnumerable<YamlNode> List(string file, YamlMappingNode root, string name, List<string> problems)
    {
        switch (Child(root, name))
        {
            case null:
                return [];
            case YamlSequenceNode list:
                return list.Children;
            case var other:
                problems.Add($"{file}:{other.Start.Line}: '{name}' must be a list of phrases");
                return [];
        }
    }

    private static string Normal(string text) => string.Join(' ', text.Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(p => (p.Key as YamlScalarNode)?.Value == key).Value;
}

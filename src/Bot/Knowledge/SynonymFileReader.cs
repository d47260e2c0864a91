using HotlineBot.Language;
using YamlDotNet.RepresentationModel;

namespace HotlineBot.Knowledge;

/// <summary>Reads <c>synonyms.yaml</c>: a list of groups, each a list of at least two phrases; a phrase belongs to one group only.</summary>
internal static class SynonymFileReader
{
    public static SynonymGroups Read(string file, YamlNode root, List<string> problems)
    {
        if (root is not YamlSequenceNode list)
        {
            problems.Add($"{file}:{root.Start.Line}: synonyms must be a list of groups, e.g. - [đuổi việc, sa thải, cho nghỉ việc]");
            return SynonymGroups.None;
        }
        var groups = new List<IReadOnlyList<string>>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var node in list.Children)
        {
            var phrases = (node as YamlSequenceNode)?.Children.Select(c => (c as YamlScalarNode)?.Value?.Trim() ?? "").ToList();
            if (phrases is null || phrases.Count < 2 || phrases.Any(p => p.Length == 0))
            {
                problems.Add($"{file}:{node.Start.Line}: a synonym group is a list of at least two non-empty phrases");
                continue;
            }
            foreach (var phrase in phrases)
            {
                var key = Normaliser.Fold(Normaliser.Normalise(phrase));
                if (seen.TryGetValue(key, out var first))
                {
                    problems.Add($"{file}:{node.Start.Line}: '{phrase}' is already in the group at line {first}");
                }
                else
                {
                    seen[key] = node.Start.Line;
                }
            }
            groups.Add(phrases);
        }
        return new SynonymGroups(groups);
    }
}

using YamlDotNet.RepresentationModel;

namespace HotlineBot.Knowledge;

/// <summary>Reads <c>out-of-scope.yaml</c>: a list of <c>{ topic, law, phrases: [...] }</c>, every field non-empty.</summary>
internal static class OutOfScopeFileReader
{
    public static List<OutOfScopeTopic> Read(string file, YamlNode root, List<string> problems)
    {
        var topics = new List<OutOfScopeTopic>();
        if (root is not YamlSequenceNode list)
        {
            problems.Add($"{file}:{root.Start.Line}: out-of-scope topics must be a list of {{ topic, law, phrases }}");
            return topics;
        }
        foreach (var node in list.Children)
        {
            var at = $"{file}:{node.Start.Line}";
            var map = node as YamlMappingNode;
            var topic = Scalar(map, "topic");
            var law = Scalar(map, "law");
            var phrases = (map?.Children.FirstOrDefault(p => (p.Key as YamlScalarNode)?.Value == "phrases").Value as YamlSequenceNode)?
                .Children.Select(c => (c as YamlScalarNode)?.Value?.Trim() ?? "").ToList();
            if (topic.Length == 0 || law.Length == 0 || phrases is null || phrases.Count == 0 || phrases.Any(p => p.Length == 0))
            {
                problems.Add($"{at}: an out-of-scope topic needs a topic, the law that covers it and a non-empty list of phrases");
                continue;
            }
            topics.Add(new OutOfScopeTopic(topic, law, phrases, at));
        }
        return topics;
    }

    private static string Scalar(YamlMappingNode? map, string key) =>
        ((map?.Children.FirstOrDefault(p => (p.Key as YamlScalarNode)?.Value == key).Value as YamlScalarNode)?.Value ?? "").Trim();
}

using YamlDotNet.RepresentationModel;

namespace HotlineBot.Collaborators;

/// <summary>Reads the fields of one YAML mapping, reporting missing, mistyped and unknown keys as <c>file:line: what</c>.</summary>
internal sealed class YamlFields(string file, YamlMappingNode map, List<string> problems)
{
    public string File => file;

    public YamlMappingNode Map => map;

    public string At(YamlNode? node) => $"{file}:{(node ?? map).Start.Line}";

    public YamlNode? Node(string key) => map.Children.FirstOrDefault(p => (p.Key as YamlScalarNode)?.Value == key).Value;

    /// <summary>Reports every key not in <paramref name="known"/> (a typo would otherwise be ignored silently).</summary>
    public void AllowOnly(IReadOnlyCollection<string> known, string what)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
            {
                problems.Add($"{At(key)}: unknown key '{name}' in {what} (known: {string.Join(", ", known)})");
            }
        }
    }

    /// <summary>A non-empty text of at most <paramref name="maxLength"/> characters, or null (reported) if absent or wrong.</summary>
    public string? Text(string key, int maxLength, bool required = true)
    {
        var node = Node(key);
        if (node is null && !required)
        {
            return null;
        }
        var value = (node as YamlScalarNode)?.Value?.Trim();
        if (string.IsNullOrEmpty(value) || value.Length > maxLength)
        {
            problems.Add($"{At(node)}: '{key}' must be a text of 1–{maxLength} characters");
            return null;
        }
        return value;
    }

    /// <summary>A list of texts (each 1–<paramref name="maxLength"/> characters), 1–<paramref name="maxCount"/> of them.</summary>
    public List<(string Text, YamlNode Node)>? List(string key, int maxCount, int maxLength)
    {
        var node = Node(key);
        if (node is not YamlSequenceNode seq || seq.Children.Count == 0 || seq.Children.Count > maxCount)
        {
            problems.Add($"{At(node)}: '{key}' must be a list of 1–{maxCount} texts");
            return null;
        }
        var items = new List<(string, YamlNode)>();
        foreach (var child in seq.Children)
        {
            var value = (child as YamlScalarNode)?.Value?.Trim();
            if (string.IsNullOrEmpty(value) || value.Length > maxLength)
            {
                problems.Add($"{At(child)}: each of '{key}' must be a text of 1–{maxLength} characters");
                continue;
            }
            items.Add((value, child));
        }
        return items;
    }
}

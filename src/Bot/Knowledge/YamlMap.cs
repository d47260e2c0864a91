using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace HotlineBot.Knowledge;

/// <summary>
/// Reads the fields of one YAML mapping, recording every problem as <c>file:line: what is wrong</c> instead of throwing,
/// so one load reports all of them. Unknown keys are problems too (a typo must not silently drop content).
/// </summary>
internal sealed class YamlMap
{
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _fields = new(StringComparer.Ordinal);
    private readonly string _file;
    private readonly List<string> _problems;

    public YamlMap(string file, YamlNode node, List<string> problems, string what)
    {
        _file = file;
        _problems = problems;
        Line = node.Start.Line;
        if (node is not YamlMappingNode mapping)
        {
            Problem(node, $"{what} must be a mapping of fields");
            return;
        }
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!_fields.TryAdd(name, (key, value)))
            {
                Problem(key, $"field '{name}' appears twice");
            }
        }
    }

    public long Line { get; }

    public string At => $"{_file}:{Line}";

    public string Where(YamlNode node) => $"{_file}:{node.Start.Line}";

    public bool Has(string key) => _fields.ContainsKey(key);

    public void Problem(YamlNode node, string problem) => _problems.Add($"{_file}:{node.Start.Line}: {problem}");

    public void Problem(string problem) => _problems.Add($"{At}: {problem}");

    public void OnlyKeys(params string[] allowed)
    {
        foreach (var (name, (key, _)) in _fields)
        {
            if (!allowed.Contains(name))
            {
                Problem(key, $"unknown field '{name}' (expected one of: {string.Join(", ", allowed)})");
            }
        }
    }

    public YamlNode? Node(string key) => _fields.TryGetValue(key, out var f) ? f.Value : null;

    public string? Text(string key, bool required = false)
    {
        if (Node(key) is not { } node)
        {
            if (required)
            {
                Problem($"field '{key}' is missing");
            }
            return null;
        }
        if (node is not YamlScalarNode { Value: var value })
        {
            Problem(node, $"field '{key}' must be a text");
            return null;
        }
        var text = value?.Trim() ?? "";
        if (required && text.Length == 0)
        {
            Problem(node, $"field '{key}' is empty");
            return null;
        }
        return text;
    }

    public long? Number(string key, bool required = false)
    {
        var text = Text(key, required);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            Problem(Node(key)!, $"field '{key}' must be a whole number ≥ 0, not '{text}'");
            return null;
        }
        return n;
    }

    /// <summary>A list of texts, either <c>[a, b]</c> or one per line.</summary>
    public List<(string Text, YamlNode Node)> Texts(string key, bool required = false)
    {
        var items = new List<(string, YamlNode)>();
        switch (Node(key))
        {
            case null when required:
                Problem($"field '{key}' is missing");
                break;
            case null:
                break;
            case YamlSequenceNode seq:
                foreach (var child in seq.Children)
                {
                    if (child is YamlScalarNode { Value: { } v } && v.Trim().Length > 0)
                    {
                        items.Add((v.Trim(), child));
                    }
                    else
                    {
                        Problem(child, $"every item of '{key}' must be a non-empty text");
                    }
                }
                if (required && items.Count == 0)
                {
                    Problem(seq, $"field '{key}' needs at least one item");
                }
                break;
            case var other:
                Problem(other, $"field '{key}' must be a list");
                break;
        }
        return items;
    }

    /// <summary>A list of mappings.</summary>
    public List<YamlMap> Maps(string key, string what)
    {
        var items = new List<YamlMap>();
        switch (Node(key))
        {
            case null:
                break;
            case YamlSequenceNode seq:
                items.AddRange(seq.Children.Select(child => new YamlMap(_file, child, _problems, what)));
                break;
            case var other:
                Problem(other, $"field '{key}' must be a list of {what}s");
                break;
        }
        return items;
    }

    public Verification? Verified(string key, Verification? fallback)
    {
        var text = Text(key);
        if (text is null)
        {
            if (fallback is null)
            {
                Problem($"field '{key}' is missing (checked, partial, title-only or unverified)");
            }
            return fallback;
        }
        if (VerificationNames.All.TryGetValue(text, out var level))
        {
            return level;
        }
        Problem(Node(key)!, $"'{key}: {text}' must be one of checked, partial, title-only, unverified");
        return fallback;
    }
}

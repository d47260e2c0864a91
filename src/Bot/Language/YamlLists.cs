using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HotlineBot.Language;

/// <summary>Reads the two YAML shapes the language data uses, keeping line numbers for error messages.</summary>
internal static class YamlLists
{
    /// <summary><c>key: [item, item]</c> → (key, items, line of each item).</summary>
    public static List<(string Key, int Line, List<(string Item, int Line)> Items)> ReadMapOfLists(string file, YamlMappingNode map)
    {
        var result = new List<(string, int, List<(string, int)>)>();
        foreach (var (k, v) in map.Children)
        {
            var key = Scalar(file, k);
            if (v is not YamlSequenceNode seq)
            {
                throw new LanguageDataException(file, Line(v), $"'{key}' must be followed by a list [a, b, …]");
            }
            var items = seq.Children.Select(i => (Scalar(file, i), Line(i))).ToList();
            result.Add((key, Line(k), items));
        }
        return result;
    }

    public static YamlMappingNode ReadRoot(string file, TextReader reader)
    {
        var stream = new YamlStream();
        var parser = new Parser(reader);
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            throw new LanguageDataException(file, (int)e.Start.Line, e.Message);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet sometimes fails this way on broken flow sequences; the last event read is the best position known.
            throw new LanguageDataException(file, (int)(parser.Current?.End.Line ?? 1), "malformed YAML near here");
        }
        if (stream.Documents.Count == 0)
        {
            return new YamlMappingNode();
        }
        return stream.Documents[0].RootNode as YamlMappingNode
            ?? throw new LanguageDataException(file, 1, "the file must be a mapping (key: value)");
    }

    public static string Scalar(string file, YamlNode node) =>
        node is YamlScalarNode { Value: { Length: > 0 } s }
            ? s.Trim()
            : throw new LanguageDataException(file, Line(node), "expected a non-empty text value");

    public static int Line(YamlNode node) => (int)node.Start.Line;
}

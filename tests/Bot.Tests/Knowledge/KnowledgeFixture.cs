using HotlineBot.Content;
using HotlineBot.Knowledge;
using HotlineBot.Language;

namespace HotlineBot.Tests.Knowledge;

/// <summary>
/// The small test knowledge base in tests/data/knowledge-fixture (one article per verification level, a decree with
/// fines, two FAQ entries), and a content root that pairs it with the real language data, for the CLI verbs.
/// </summary>
public static class KnowledgeFixture
{
    private static readonly Lazy<string> Root = new(CreateContentRoot);
    private static readonly Lazy<Tokeniser> SharedTokeniser = new(() => new Tokeniser(Abbreviations.Load(AppContext.BaseDirectory)));
    private static readonly Lazy<LegalSearch> SharedSearch = new(() => LegalSearch.Build(KnowledgeLoader.Load(ContentRoot), Tokeniser));

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "data", "knowledge-fixture");

    /// <summary>A folder with dialogs/knowledge (the fixture) and dialogs/language (the real one).</summary>
    public static string ContentRoot => Root.Value;

    public static Tokeniser Tokeniser => SharedTokeniser.Value;

    public static LegalSearch Search => SharedSearch.Value;

    public static MessageTemplates Messages { get; } = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "dialogs")).Messages;

    public static LegalAnswerComposer Composer => new(Search, Messages);

    /// <summary>A fresh temporary folder holding dialogs/knowledge with the given files (name → YAML).</summary>
    public static string WithFiles(params (string Name, string Yaml)[] files)
    {
        var root = Path.Combine(Path.GetTempPath(), "hb-knowledge-" + Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(root, "dialogs", "knowledge");
        Directory.CreateDirectory(folder);
        foreach (var (name, yaml) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), yaml);
        }
        return root;
    }

    private static string CreateContentRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "hb-knowledge-fixture-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(Folder, "dialogs", "knowledge"), Path.Combine(root, "dialogs", "knowledge"));
        Copy(Path.Combine(AppContext.BaseDirectory, "dialogs", "language"), Path.Combine(root, "dialogs", "language"));
        return root;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}

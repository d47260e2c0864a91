using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HotlineBot.Knowledge;

/// <summary>
/// Reads and validates <c>dialogs/knowledge/</c>: one YAML file per legal document (<see cref="LawFileReader"/>),
/// <c>faq*.yaml</c> (<see cref="FaqFileReader"/>), <c>synonyms.yaml</c> and <c>out-of-scope.yaml</c>. Collects every problem as
/// <c>file:line: what is wrong</c> and throws them together, so a broken file stops start-up with a clear message.
/// Cross-file checks: every "law:article" reference resolves, no document or FAQ id appears twice.
/// </summary>
public static class KnowledgeLoader
{
    public const string Folder = "dialogs/knowledge";

    /// <summary>Loads <c>dialogs/knowledge</c> under <paramref name="contentRoot"/>; a missing folder is an empty knowledge base.</summary>
    public static KnowledgeBase Load(string contentRoot) => LoadFolder(Path.Combine(contentRoot, Folder));

    public static KnowledgeBase LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return KnowledgeBase.Empty;
        }
        var problems = new List<string>();
        var files = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList();
        var laws = new List<LawDocument>();
        var faq = new List<FaqEntry>();
        var synonyms = SynonymGroups.None;
        var outOfScope = new List<OutOfScopeTopic>();
        var faqRefs = new List<(ArticleRef Ref, string At)>();
        var relatedRefs = new List<(ArticleRef Ref, string At)>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (Parse(file, problems) is not { } root)
            {
                continue;
            }
            if (name == SynonymGroups.FileName)
            {
                synonyms = SynonymFileReader.Read(file, root, problems);
            }
            else if (name == OutOfScopeTopic.FileName)
            {
                outOfScope = OutOfScopeFileReader.Read(file, root, problems);
            }
            else if (name.StartsWith("faq", StringComparison.Ordinal))
            {
                faq.AddRange(FaqFileReader.Read(file, root, problems, faqRefs));
            }
            else if (LawFileReader.Read(file, root, problems, relatedRefs) is { } law)
            {
                laws.Add(law);
            }
        }
        CheckUnique(laws, faq, problems);
        var knowledge = new KnowledgeBase(laws.DistinctBy(l => KnowledgeBase.LawKey(l.Number)).ToList(), faq, synonyms, outOfScope);
        foreach (var (reference, at) in faqRefs.Concat(relatedRefs))
        {
            if (knowledge.Article(reference) is null)
            {
                problems.Add(knowledge.Law(reference.Law) is null
                    ? $"{at}: reference '{reference}' names no document of the knowledge base (known: {string.Join(", ", laws.Select(l => l.Number))})"
                    : $"{at}: reference '{reference}': {reference.Law} has no article {reference.Article} in the knowledge base");
            }
        }
        if (problems.Count > 0)
        {
            throw new KnowledgeException(problems);
        }
        return Canonicalise(knowledge);
    }

    private static void CheckUnique(List<LawDocument> laws, List<FaqEntry> faq, List<string> problems)
    {
        foreach (var group in laws.GroupBy(l => KnowledgeBase.LawKey(l.Number)).Where(g => g.Count() > 1))
        {
            problems.Add($"{group.Last().File}:1: document {group.Key} is also described in {group.First().File}");
        }
        foreach (var group in faq.GroupBy(f => f.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"{group.Last().At}: FAQ id '{group.Key}' is also used at {group.First().At}");
        }
    }

    /// <summary>References written with another spelling of a number ("ND-CP") take the document's own spelling.</summary>
    private static KnowledgeBase Canonicalise(KnowledgeBase knowledge)
    {
        ArticleRef Fix(ArticleRef r) => knowledge.Canonical(r) ?? r;
        var laws = knowledge.Laws.Select(l => l with
        {
            Articles = l.Articles.Select(a => a with { Related = a.Related.Select(Fix).ToList() }).ToList(),
        }).ToList();
        var faq = knowledge.Faq.Select(f => f with { Refs = f.Refs.Select(Fix).ToList() }).ToList();
        return new KnowledgeBase(laws, faq, knowledge.Synonyms, knowledge.OutOfScope);
    }

    internal static YamlNode? Parse(string file, List<string> problems)
    {
        try
        {
            using var reader = new StreamReader(file, System.Text.Encoding.UTF8);
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count == 0)
            {
                problems.Add($"{file}:1: the file is empty");
                return null;
            }
            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            problems.Add($"{file}:{e.Start.Line}: {e.Message}");
            return null;
        }
    }

    internal static ArticleRef? ReadRef(string file, string text, YamlNode node, List<string> problems)
    {
        if (ArticleRef.TryParse(text, out var reference))
        {
            return reference;
        }
        problems.Add($"{file}:{node.Start.Line}: '{text}' is not a reference like \"73/2006/QH11:13\"");
        return null;
    }

    /// <summary>The folded file name a document with this number must have ("125/2021/NĐ-CP" → "125-2021-nd-cp").</summary>
    internal static string ExpectedFileStem(string number) => KnowledgeBase.LawKey(number).Replace('/', '-');
}

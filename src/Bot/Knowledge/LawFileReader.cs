using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace HotlineBot.Knowledge;

/// <summary>Reads one legal document's YAML file (schema: dialogs/knowledge/README.md) into a <see cref="LawDocument"/>.</summary>
internal static partial class LawFileReader
{
    private static readonly string[] LawKeys = ["number", "name", "kind", "adopted", "effective", "status", "replaced_by", "sources", "signed_by", "issued_by", "note"];
    private static readonly string[] ArticleKeys =
        ["article", "title", "chapter", "section", "verified", "verified_how", "summary", "points", "keywords", "synonyms", "related", "fines", "status", "effective", "note"];
    private static readonly string[] FineKeys = ["act", "min", "max", "applies_to", "clause", "point", "verified", "verified_how", "note"];
    private static readonly string[] Statuses = ["in-force", "replaced", "amended", "not-yet-in-force"];

    public static LawDocument? Read(string file, YamlNode root, List<string> problems, List<(ArticleRef, string)> references)
    {
        var top = new YamlMap(file, root, problems, "a legal document file");
        top.OnlyKeys("law", "chapters", "articles");
        if (top.Node("law") is not { } lawNode)
        {
            top.Problem("field 'law' is missing (number, name, kind, status…)");
            return null;
        }
        var law = new YamlMap(file, lawNode, problems, "'law'");
        law.OnlyKeys(LawKeys);
        var number = law.Text("number", required: true);
        var name = law.Text("name", required: true);
        var kindText = law.Text("kind", required: true);
        var status = law.Text("status") ?? "in-force";
        var replacedBy = law.Text("replaced_by");
        LawKind? kind = kindText switch { "law" => LawKind.Law, "decree" => LawKind.Decree, null => null, _ => null };
        if (kindText is not null && kind is null)
        {
            law.Problem(law.Node("kind")!, $"'kind: {kindText}' must be law or decree");
        }
        if (!Statuses.Contains(status))
        {
            law.Problem(law.Node("status")!, $"'status: {status}' must be one of {string.Join(", ", Statuses)}");
        }
        if (status == "replaced" && replacedBy is null)
        {
            law.Problem("a replaced document needs 'replaced_by'");
        }
        if (number is not null && KnowledgeLoader.ExpectedFileStem(number) != KnowledgeBase.LawKey(Path.GetFileNameWithoutExtension(file)))
        {
            law.Problem(law.Node("number")!, $"document {number} must be in a file named {number.Replace('/', '-')}.yaml");
        }
        if (number is null || name is null || kind is null)
        {
            return null;
        }
        var chapters = top.Maps("chapters", "chapter").Select(c => ReadChapter(c)).OfType<LawChapter>().ToList();
        var articles = new List<LawArticle>();
        foreach (var map in top.Maps("articles", "article"))
        {
            if (ReadArticle(map, number, kind.Value, chapters, references) is not { } article)
            {
                continue;
            }
            if (articles.Any(a => a.Number == article.Number))
            {
                map.Problem($"article {article.Number} is described twice");
                continue;
            }
            articles.Add(article);
        }
        return new LawDocument(number, name, kind.Value, status, replacedBy, chapters, articles.OrderBy(a => a.Number).ToList(), file);
    }

    private static LawChapter? ReadChapter(YamlMap map)
    {
        map.OnlyKeys("number", "title", "sections");
        var number = map.Text("number", required: true);
        var title = map.Text("title", required: true);
        var sections = new List<LawSection>();
        foreach (var s in map.Maps("sections", "section"))
        {
            s.OnlyKeys("number", "title");
            if (s.Number("number", required: true) is { } n && s.Text("title", required: true) is { } t)
            {
                sections.Add(new LawSection((int)n, t));
            }
        }
        return number is null || title is null ? null : new LawChapter(number, title, sections);
    }

    private static LawArticle? ReadArticle(YamlMap map, string law, LawKind kind, List<LawChapter> chapters, List<(ArticleRef, string)> references)
    {
        map.OnlyKeys(ArticleKeys);
        var number = map.Number("article", required: true);
        var title = map.Text("title", required: true);
        var level = map.Verified("verified", fallback: null);
        var summary = map.Text("summary") ?? "";
        var chapter = map.Text("chapter");
        var section = map.Number("section");
        if (number is 0)
        {
            map.Problem("article numbers start at 1");
        }
        if (chapter is not null && chapters.Count > 0 && chapters.All(c => c.Number != chapter))
        {
            map.Problem(map.Node("chapter")!, $"chapter {chapter} is not in this file's chapters ({string.Join(", ", chapters.Select(c => c.Number))})");
        }
        if (level is Verification.Checked && summary.Length == 0)
        {
            map.Problem("a checked article needs a summary (our own plain-language words)");
        }
        if (level is Verification.Checked or Verification.Partial && !map.Has("verified_how"))
        {
            map.Problem($"'verified: {VerificationNames.Name(level.Value)}' needs 'verified_how' (which source, when)");
        }
        var points = map.Maps("points", "point").Select(p => ReadPoint(p, level)).OfType<ArticlePoint>().ToList();
        var keywords = map.Texts("keywords").Concat(map.Texts("synonyms")).Select(k => k.Text).ToList();
        var related = new List<ArticleRef>();
        foreach (var (text, node) in map.Texts("related"))
        {
            var reference = ReadRelated(map, text, node, law);
            if (reference is { } r)
            {
                related.Add(r);
                references.Add((r, map.Where(node)));
            }
        }
        var fines = map.Maps("fines", "fine").Select(f => ReadFine(f, level)).OfType<Fine>().ToList();
        if (fines.Count > 0 && kind != LawKind.Decree)
        {
            map.Problem(map.Node("fines")!, "only decrees set fines (kind: decree)");
        }
        if (number is not { } n || n == 0 || title is null || level is null)
        {
            return null;
        }
        return new LawArticle(new ArticleRef(law, (int)n), title, chapter, (int?)section, level.Value, summary, points, keywords, related, fines);
    }

    /// <summary>"13/2022/QH15:23", or just "23" for an article of the same document.</summary>
    private static ArticleRef? ReadRelated(YamlMap map, string text, YamlNode node, string law)
    {
        if (int.TryParse(text, out var same) && same > 0)
        {
            return new ArticleRef(law, same);
        }
        if (ArticleRef.TryParse(text, out var r))
        {
            return r;
        }
        map.Problem(node, $"'{text}' is not a reference like \"73/2006/QH11:13\"");
        return null;
    }

    private static ArticlePoint? ReadPoint(YamlMap map, Verification? articleLevel)
    {
        map.OnlyKeys("clause", "point", "text", "verified", "verified_how");
        var clause = map.Number("clause", required: true);
        var point = map.Text("point");
        var text = map.Text("text", required: true);
        var level = map.Verified("verified", articleLevel ?? Verification.Unverified);
        if (point is not null && !PointLetter().IsMatch(point))
        {
            map.Problem(map.Node("point")!, $"point '{point}' must be one letter (a, b, c, d, đ, e…)");
        }
        if (clause is 0)
        {
            map.Problem("clauses start at 1");
        }
        return clause is { } c and > 0 && text is not null ? new ArticlePoint((int)c, point, text, level!.Value) : null;
    }

    private static Fine? ReadFine(YamlMap map, Verification? articleLevel)
    {
        map.OnlyKeys(FineKeys);
        var act = map.Text("act", required: true);
        var min = map.Number("min", required: true);
        var max = map.Number("max", required: true);
        var appliesText = map.Text("applies_to", required: true);
        var clause = map.Number("clause");
        var point = map.Text("point");
        var level = map.Verified("verified", articleLevel ?? Verification.Unverified);
        FineAppliesTo? appliesTo = appliesText switch
        {
            "individual" => FineAppliesTo.Individual,
            "organisation" or "organization" => FineAppliesTo.Organisation,
            _ => null,
        };
        if (appliesText is not null && appliesTo is null)
        {
            map.Problem(map.Node("applies_to")!, $"'applies_to: {appliesText}' must be individual or organisation");
        }
        if (min is { } lo && max is { } hi && lo > hi)
        {
            map.Problem($"fine '{act}': min {lo} is more than max {hi}");
        }
        if (min is 0)
        {
            map.Problem(map.Node("min")!, $"fine '{act}': min must be more than 0 đồng");
        }
        if (act is null || min is null || max is null || appliesTo is null || min > max)
        {
            return null;
        }
        return new Fine(act, min.Value, max.Value, appliesTo.Value, (int?)clause, point, level!.Value);
    }

    [GeneratedRegex("^[a-zđ]$")]
    private static partial Regex PointLetter();
}

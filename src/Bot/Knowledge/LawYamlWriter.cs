using System.Globalization;
using System.Text;

namespace HotlineBot.Knowledge;

/// <summary>
/// Writes an imported document in the knowledge-base schema (dialogs/knowledge/README.md). Every article is written
/// unverified with an empty summary; the article's unnumbered official text goes in comments above it, for whoever
/// writes the plain-language summary. <see cref="KnowledgeLoader"/> reads the result back unchanged.
/// </summary>
public static class LawYamlWriter
{
    public static string Write(ImportedLaw imported)
    {
        var law = imported.Document;
        var s = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        s.AppendLine(c, $"# Imported by `import-law` from {imported.Source}. Clause and point texts are the official wording.");
        s.AppendLine("# Before citizens see an article: write its summary (1–3 sentences, our own plain words), key points,");
        s.AppendLine("# keywords and related articles, check it against a source, then set verified and verified_how.");
        s.AppendLine("law:");
        s.AppendLine(c, $"  number: {Quote(law.Number)}");
        s.AppendLine(c, $"  name: {Quote(law.Name)}");
        s.AppendLine(c, $"  kind: {(law.Kind == LawKind.Law ? "law" : "decree")}");
        s.AppendLine(c, $"  status: {law.Status}");
        if (law.Chapters.Count > 0)
        {
            s.AppendLine("chapters:");
            foreach (var chapter in law.Chapters)
            {
                s.AppendLine(c, $"  - number: {Quote(chapter.Number)}");
                s.AppendLine(c, $"    title: {Quote(chapter.Title)}");
                if (chapter.Sections.Count > 0)
                {
                    s.AppendLine("    sections:");
                    foreach (var section in chapter.Sections)
                    {
                        s.AppendLine(c, $"      - {{ number: {section.Number}, title: {Quote(section.Title)} }}");
                    }
                }
            }
        }
        s.AppendLine("articles:");
        foreach (var article in law.Articles)
        {
            foreach (var line in imported.ArticleText.GetValueOrDefault(article.Number) ?? [])
            {
                s.AppendLine(c, $"  # {line}");
            }
            s.AppendLine(c, $"  - article: {article.Number}");
            s.AppendLine(c, $"    title: {Quote(article.Title)}");
            if (article.Chapter is not null)
            {
                s.AppendLine(c, $"    chapter: {Quote(article.Chapter)}");
            }
            if (article.Section is { } section)
            {
                s.AppendLine(c, $"    section: {section}");
            }
            s.AppendLine(c, $"    verified: {VerificationNames.Name(article.Verification)}");
            s.AppendLine(c, $"    summary: {Quote(article.Summary)}");
            if (article.Points.Count > 0)
            {
                s.AppendLine("    points:");
                foreach (var point in article.Points)
                {
                    var letter = point.Point is null ? "" : $", point: {Quote(point.Point)}";
                    s.AppendLine(c, $"      - {{ clause: {point.Clause}{letter}, text: {Quote(point.Text)} }}");
                }
            }
        }
        return s.ToString();
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

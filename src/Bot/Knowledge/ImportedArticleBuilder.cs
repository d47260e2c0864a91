using System.Text;

namespace HotlineBot.Knowledge;

/// <summary>One article as <see cref="LawImporter"/> reads it: its clauses and points so far, and its unnumbered text.</summary>
internal sealed class ImportedArticleBuilder(int number, string title, string? chapter, int? section, int line)
{
    public int Number => number;

    public int Line => line;

    public List<string> Intro { get; } = [];

    public List<(int Clause, string? Point, StringBuilder Text)> Points { get; } = [];

    public void Continue((int Clause, string? Point)? open, string text)
    {
        if (open is null)
        {
            Intro.Add(text);
            return;
        }
        Points[^1].Text.Append(' ').Append(text);
    }

    public LawArticle Build(string law) => new(
        new ArticleRef(law, number), title, chapter, section, Verification.Unverified, "",
        Points.Select(p => new ArticlePoint(p.Clause, p.Point, p.Text.ToString(), Verification.Unverified)).ToList(),
        [], [], []);
}

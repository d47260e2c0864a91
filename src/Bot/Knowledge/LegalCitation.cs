using System.Globalization;
using HotlineBot.Content;

namespace HotlineBot.Knowledge;

/// <summary>How answers name an article and a fine's amount: "Điều 13 Luật Bình đẳng giới", "Điều 8 Nghị định 125/2021/NĐ-CP", "10.000.000".</summary>
public sealed class LegalCitation(KnowledgeBase knowledge, MessageTemplates messages)
{
    private static readonly NumberFormatInfo Vietnamese = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    public string Article(LawArticle article) => Cite(article.Ref, clause: null, point: null);

    public string WithTitle(LawArticle article) =>
        messages.Render(MessageIds.LegalCiteWithTitle, ("cite", Article(article)), ("title", article.Title));

    /// <summary>"khoản 2 Điều 8 Nghị định 125/2021/NĐ-CP" (point and clause when the fine names them).</summary>
    public string Fine(LawArticle article, Fine fine) => Cite(article.Ref, fine.Clause, fine.Point);

    public static string Amount(long dong) => dong.ToString("#,0", Vietnamese);

    private string Cite(ArticleRef reference, int? clause, string? point)
    {
        var law = knowledge.Law(reference.Law)!;
        var number = reference.Article.ToString(CultureInfo.InvariantCulture);
        var cite = law.Kind == LawKind.Decree
            ? messages.Render(MessageIds.LegalCiteDecree, ("article", number), ("number", law.Number))
            : messages.Render(MessageIds.LegalCiteLaw, ("article", number), ("name", law.Name));
        if (clause is { } c)
        {
            var where = point is null
                ? messages.Render(MessageIds.LegalCiteClause, ("clause", c.ToString(CultureInfo.InvariantCulture)))
                : messages.Render(MessageIds.LegalCitePoint, ("point", point), ("clause", c.ToString(CultureInfo.InvariantCulture)));
            cite = where + " " + cite;
        }
        return cite;
    }
}

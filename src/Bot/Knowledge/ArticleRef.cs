using System.Globalization;

namespace HotlineBot.Knowledge;

/// <summary>An article of a legal document: <c>"73/2006/QH11:13"</c> (official number, colon, article number).</summary>
public readonly record struct ArticleRef(string Law, int Article)
{
    public static bool TryParse(string? text, out ArticleRef reference)
    {
        reference = default;
        var colon = text?.LastIndexOf(':') ?? -1;
        if (colon <= 0 || !int.TryParse(text![(colon + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var article) || article <= 0)
        {
            return false;
        }
        reference = new ArticleRef(text[..colon].Trim(), article);
        return true;
    }

    public override string ToString() => $"{Law}:{Article.ToString(CultureInfo.InvariantCulture)}";
}

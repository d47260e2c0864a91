namespace HotlineBot.Knowledge;

/// <summary>One article (Điều) of a legal document as the knowledge base describes it.</summary>
public sealed record LawArticle(
    ArticleRef Ref,
    string Title,
    string? Chapter,
    int? Section,
    Verification Verification,
    string Summary,
    IReadOnlyList<ArticlePoint> Points,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<ArticleRef> Related,
    IReadOnlyList<Fine> Fines)
{
    public int Number => Ref.Article;

    /// <summary>The summary may be said to a citizen only when the whole article was checked.</summary>
    public bool SummaryCitable => Verification == Verification.Checked && Summary.Length > 0;

    /// <summary>Its number and title may be named to a citizen (anything but unverified).</summary>
    public bool Nameable => Verification != Verification.Unverified;

    /// <summary>The points that may be said to a citizen: all for a checked article, the checked ones for a partial one.</summary>
    public IEnumerable<ArticlePoint> CitablePoints => Verification switch
    {
        Verification.Checked or Verification.Partial => Points.Where(p => p.Verification == Verification.Checked),
        _ => [],
    };

    /// <summary>Fines that may be said to a citizen: checked themselves, in an article that is not unverified or title-only.</summary>
    public IEnumerable<Fine> CitableFines => Verification is Verification.Checked or Verification.Partial
        ? Fines.Where(f => f.Verification == Verification.Checked)
        : [];
}

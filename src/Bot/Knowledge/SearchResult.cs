namespace HotlineBot.Knowledge;

/// <summary>
/// The ranked articles for a question, best first, and how sure the search is about the first.
/// </summary>
/// <param name="Confidence">0–1: how much of what the question says (syllables and bigrams, weighted by rarity squared) the first article and its FAQ entries cover.</param>
/// <param name="Sure">Confidence reached <see cref="LegalSearch.SureThreshold"/>: the first article may be answered from.</param>
/// <param name="Faq">The FAQ entry that matches the question well and whose main article is the first hit, if any.</param>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, double Confidence, bool Sure, FaqEntry? Faq)
{
    public static SearchResult Nothing { get; } = new([], 0, false, null);

    public SearchHit? Best => Hits.Count > 0 ? Hits[0] : null;

    /// <summary>The uncovered topic the question names, if any: it is then not answered from <see cref="Best"/>.</summary>
    public OutOfScopeTopic? OutOfScope { get; init; }
}

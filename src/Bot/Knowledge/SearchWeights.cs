namespace HotlineBot.Knowledge;

/// <summary>
/// The knobs of <see cref="LegalSearch"/>, tuned on tests/data/legal_questions*.tsv (see bench and the eval test).
/// Field weights multiply term counts (BM25F); <see cref="Faq"/> scales the best FAQ entry's score added to its articles.
/// </summary>
public sealed record SearchWeights
{
    public static SearchWeights Default { get; } = new();

    public double Title { get; init; } = 3;

    public double Keyword { get; init; } = 2;

    public double Body { get; init; } = 1;

    public double LawName { get; init; } = 0.3;

    public double Faq { get; init; } = 0.5;

    /// <summary>A FAQ entry counts this much (relative to its main article) for the other articles it refers to.</summary>
    public double SecondaryRef { get; init; } = 0.5;

    /// <summary>Weight of a syllable bigram in the question relative to a single syllable.</summary>
    public double Bigram { get; init; } = 1;

    /// <summary>Multiplies the score of articles that set fines when the question asks about a penalty ("bị phạt bao nhiêu").</summary>
    public double FineQuestion { get; init; } = 1.3;

    /// <summary>
    /// Re-ranking of the best candidates: score × (1 + Coverage × the share of the question's rarity-weighted syllables
    /// the article or its FAQ entries contain), so an article that covers what was asked beats one repeating one word.
    /// </summary>
    public double Coverage { get; init; } = 1;

    public double K1 { get; init; } = 1.2;

    public double B { get; init; } = 0.75;
}

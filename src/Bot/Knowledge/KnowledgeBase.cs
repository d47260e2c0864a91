using HotlineBot.Language;

namespace HotlineBot.Knowledge;

/// <summary>The validated legal knowledge base: documents, their articles by reference, the FAQ, the synonyms and what it does not cover.</summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, LawDocument> _laws;
    private readonly Dictionary<(string Law, int Article), LawArticle> _articles;

    public KnowledgeBase(IReadOnlyList<LawDocument> laws, IReadOnlyList<FaqEntry> faq, SynonymGroups synonyms, IReadOnlyList<OutOfScopeTopic>? outOfScope = null)
    {
        Laws = laws;
        OutOfScope = outOfScope ?? [];
        Faq = faq;
        Synonyms = synonyms;
        _laws = laws.ToDictionary(l => LawKey(l.Number), StringComparer.Ordinal);
        _articles = laws.SelectMany(l => l.Articles).ToDictionary(a => (LawKey(a.Ref.Law), a.Number));
    }

    public static KnowledgeBase Empty { get; } = new([], [], SynonymGroups.None);

    public IReadOnlyList<LawDocument> Laws { get; }

    public IEnumerable<LawArticle> Articles => Laws.SelectMany(l => l.Articles);

    public IReadOnlyList<FaqEntry> Faq { get; }

    public SynonymGroups Synonyms { get; }

    /// <summary>Kinds of question the knowledge base does not answer (<c>out-of-scope.yaml</c>).</summary>
    public IReadOnlyList<OutOfScopeTopic> OutOfScope { get; }

    /// <summary>The document with this number; diacritics and case in the number do not matter ("125/2021/ND-CP").</summary>
    public LawDocument? Law(string number) => _laws.GetValueOrDefault(LawKey(number));

    public LawArticle? Article(ArticleRef reference) => _articles.GetValueOrDefault((LawKey(reference.Law), reference.Article));

    /// <summary>The reference with the document's official spelling of its number.</summary>
    public ArticleRef? Canonical(ArticleRef reference) => Article(reference)?.Ref;

    internal static string LawKey(string number) => Normaliser.Fold(number.Trim().ToLowerInvariant()).Replace(" ", "", StringComparison.Ordinal);
}

using System.Diagnostics;
using HotlineBot.Language;

namespace HotlineBot.Knowledge;

/// <summary>
/// Ranked retrieval over the knowledge base. Two BM25 indexes over <see cref="TermAnalyser"/> terms (folded syllables,
/// bigrams, synonym groups): articles (title ×3, keywords ×2, summary, points and fined acts ×1, the document's name
/// ×0.3) and FAQ entries (their questions). An article's score is its own plus the best score of a FAQ entry that
/// refers to it (full for the entry's main article, half for the others). Built once at start-up; thread-safe.
/// </summary>
public sealed class LegalSearch
{
    /// <summary>Below this confidence the bot says it is not sure (tuned on tests/data/legal_questions*.tsv).</summary>
    public const double SureThreshold = 0.3;

    /// <summary>Below this even the closest articles are too far off to be worth naming.</summary>
    public const double ClosestThreshold = 0.2;

    /// <summary>A FAQ answer is used only when the entry's questions cover this much of the question.</summary>
    public const double FaqCoverage = 0.6;


    /// <summary>Words added to every article that sets fines, so "bị phạt bao nhiêu" finds them.</summary>
    private const string FineWords = "xử phạt phạt tiền mức phạt";

    /// <summary>How many of the best BM25 candidates are re-ranked by how much of the question they cover.</summary>
    private const int RerankDepth = 10;

    private readonly TermAnalyser _analyser;
    private readonly HashSet<string> _fineTerms;
    private readonly LawArticle[] _articles;
    private readonly Bm25Index _articleIndex;
    private readonly FaqEntry[] _faq;
    private readonly Bm25Index _faqIndex;
    private readonly (int Article, double Weight)[][] _faqArticles;
    private readonly Dictionary<ArticleRef, int> _articleIndexOf;
    private readonly int[][] _faqsOfArticle;
    private readonly (string[] Syllables, OutOfScopeTopic Topic)[] _outOfScope;

    private LegalSearch(KnowledgeBase knowledge, Tokeniser tokeniser, SearchWeights weights)
    {
        Knowledge = knowledge;
        Weights = weights;
        _analyser = new TermAnalyser(tokeniser, knowledge.Synonyms);
        _fineTerms = [.. _analyser.StatuteTerms(FineWords)];
        _articles = knowledge.Laws.Where(l => l.Status != "replaced").SelectMany(l => l.Articles).ToArray(); // a replaced text is never cited as law
        _articleIndexOf = _articles.Select((a, i) => (a.Ref, i)).ToDictionary(p => p.Ref, p => p.i);
        _articleIndex = new Bm25Index(_articles.Select(a => ArticleTerms(a, knowledge.Law(a.Ref.Law)!)).ToList(), weights.K1, weights.B);
        _faq = knowledge.Faq.ToArray();
        _faqIndex = new Bm25Index(_faq.Select(f => Bag(f.Questions.SelectMany(_analyser.QuestionTerms), 1)).ToList(), weights.K1, weights.B);
        _faqArticles = _faq.Select(f => f.Refs
            .Select((r, k) => (Index: _articleIndexOf.GetValueOrDefault(r, -1), Weight: k == 0 ? 1 : weights.SecondaryRef))
            .Where(p => p.Index >= 0)
            .ToArray()).ToArray();
        _faqsOfArticle = Enumerable.Range(0, _articles.Length)
            .Select(a => Enumerable.Range(0, _faq.Length).Where(f => Array.Exists(_faqArticles[f], p => p.Article == a)).ToArray())
            .ToArray();
        _outOfScope = knowledge.OutOfScope
            .SelectMany(t => t.Phrases.Select(p => (_analyser.QuestionSyllables(p), t)))
            .Where(p => p.Item1.Length > 0)
            .ToArray();
    }

    public KnowledgeBase Knowledge { get; }

    public SearchWeights Weights { get; }

    /// <summary>How long building the indexes took.</summary>
    public TimeSpan BuildTime { get; private set; }

    public int ArticleCount => _articles.Length;

    public static LegalSearch Build(KnowledgeBase knowledge, Tokeniser tokeniser, SearchWeights? weights = null)
    {
        var clock = Stopwatch.StartNew();
        var search = new LegalSearch(knowledge, tokeniser, weights ?? SearchWeights.Default);
        search.BuildTime = clock.Elapsed;
        return search;
    }

    /// <summary>The <paramref name="top"/> best articles for <paramref name="question"/>, with a confidence.</summary>
    public SearchResult Search(string? question, int top = 3)
    {
        var (questionTerms, questionSyllables) = _analyser.Question(question ?? "");
        var terms = questionTerms.Distinct(StringComparer.Ordinal)
            .Select(t => (t, t.Contains(TokenisedText.BigramJoiner) ? Weights.Bigram : 1.0)).ToList();
        var outOfScope = OutOfScopeTopicOf(questionSyllables);
        if (terms.Count == 0 || _articles.Length == 0)
        {
            return SearchResult.Nothing with { OutOfScope = outOfScope };
        }
        var scores = new double[_articles.Length];
        _articleIndex.Score(terms, scores);
        var faqScores = new double[_faq.Length];
        _faqIndex.Score(terms, faqScores);
        var asksForFine = FineQuestion.Asks(terms.Select(t => t.t));
        var bestFaqFor = new double[_articles.Length];
        var bestFaqIndex = new int[_articles.Length];
        Array.Fill(bestFaqIndex, -1);
        for (var f = 0; f < _faq.Length; f++)
        {
            foreach (var (article, weight) in _faqArticles[f])
            {
                // The entry is about the person's situation; for "bị phạt bao nhiêu" the decree that fines it is as much the answer.
                var s = faqScores[f] * (asksForFine && _articles[article].Fines.Count > 0 ? 1 : weight);
                if (s > bestFaqFor[article])
                {
                    bestFaqFor[article] = s;
                    bestFaqIndex[article] = weight == 1 ? f : bestFaqIndex[article];
                }
            }
        }
        for (var a = 0; a < scores.Length; a++)
        {
            scores[a] += Weights.Faq * bestFaqFor[a];
            if (asksForFine && _articles[a].Fines.Count > 0)
            {
                scores[a] *= Weights.FineQuestion;
            }
        }
        var syllables = terms.Select(t => t.t).Where(IsSyllable).ToList();
        var candidates = Enumerable.Range(0, scores.Length)
            .Where(i => scores[i] > 0)
            .OrderByDescending(i => scores[i]).ThenBy(i => i)
            .Take(Math.Max(RerankDepth, top))
            .ToList();
        if (Weights.Coverage > 0)
        {
            foreach (var i in candidates)
            {
                scores[i] *= 1 + Weights.Coverage * Coverage(syllables, 1, term => _articleIndex.Has(i, term) || FaqsOf(i).Any(f => _faqIndex.Has(f, term)));
            }
        }
        var ranked = candidates.OrderByDescending(i => scores[i]).ThenBy(i => i).Take(Math.Max(1, top)).ToList();
        if (ranked.Count == 0)
        {
            return SearchResult.Nothing with { OutOfScope = outOfScope };
        }
        var first = ranked[0];
        var phrases = terms.Select(t => t.t).Where(t => !t.StartsWith('~')).ToList();
        var confidence = Coverage(phrases, 2, term => _articleIndex.Has(first, term) || FaqsOf(first).Any(f => _faqIndex.Has(f, term)));
        var faqIndex = bestFaqIndex[first];
        FaqEntry? faq = null;
        if (faqIndex >= 0 && Coverage(syllables, 1, term => _faqIndex.Has(faqIndex, term)) >= FaqCoverage)
        {
            faq = _faq[faqIndex];
        }
        var hits = ranked.Select(i => new SearchHit(_articles[i], Math.Round(scores[i], 3))).ToList();
        return new SearchResult(hits, Math.Round(confidence, 3), confidence >= SureThreshold, faq) { OutOfScope = outOfScope };
    }

    /// <summary>The first out-of-scope topic one of whose phrases the question contains (shorthand expanded, diacritics optional).</summary>
    public OutOfScopeTopic? OutOfScopeTopicOf(string question) =>
        _outOfScope.Length == 0 ? null : OutOfScopeTopicOf(_analyser.QuestionSyllables(question));

    private OutOfScopeTopic? OutOfScopeTopicOf(string[] syllables)
    {
        foreach (var (phrase, topic) in _outOfScope)
        {
            for (var i = 0; i + phrase.Length <= syllables.Length; i++)
            {
                if (syllables.AsSpan(i, phrase.Length).SequenceEqual(phrase))
                {
                    return topic;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// How much <paramref name="text"/> shares with <paramref name="question"/>: rarity-weighted bigrams and synonym
    /// groups, not single syllables (folded, "bị" is "bí" and "phạt" is "phát"), and not the words of asking about a
    /// penalty. 0 when nothing is shared: callers then keep the file's order.
    /// </summary>
    public double Relevance(string question, string text)
    {
        var shared = _analyser.QuestionTerms(question).Except(_fineTerms, StringComparer.Ordinal).Intersect(_analyser.StatuteTerms(text), StringComparer.Ordinal);
        return shared.Where(t => !IsSyllable(t)).Sum(_articleIndex.Idf);
    }

    private IEnumerable<int> FaqsOf(int article) => _faqsOfArticle[article];

    /// <summary>
    /// The share of the question's terms that <paramref name="has"/> finds, each weighted by its idf to the
    /// <paramref name="power"/>: squared for the confidence, so the rare words (what the question is about) decide.
    /// </summary>
    private double Coverage(List<string> syllables, int power, Func<string, bool> has)
    {
        double total = 0, covered = 0;
        foreach (var term in syllables)
        {
            var idf = Math.Max(_articleIndex.Idf(term), _faqIndex.Count > 0 ? _faqIndex.Idf(term) : 0);
            var weight = power == 1 ? idf : idf * idf;
            total += weight;
            if (has(term))
            {
                covered += weight;
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    private static bool IsSyllable(string term) => !term.Contains(TokenisedText.BigramJoiner) && !term.StartsWith('~');

    private Dictionary<string, double> ArticleTerms(LawArticle article, LawDocument law)
    {
        var bag = new Dictionary<string, double>(StringComparer.Ordinal);
        Add(bag, _analyser.StatuteTerms(article.Title), Weights.Title);
        foreach (var keyword in article.Keywords)
        {
            Add(bag, _analyser.QuestionTerms(keyword), Weights.Keyword);
        }
        Add(bag, _analyser.StatuteTerms(article.Summary), Weights.Body);
        foreach (var point in article.Points)
        {
            Add(bag, _analyser.StatuteTerms(point.Text), Weights.Body);
        }
        foreach (var fine in article.Fines)
        {
            Add(bag, _analyser.StatuteTerms(fine.Act), Weights.Body);
        }
        if (article.Fines.Count > 0)
        {
            Add(bag, _analyser.StatuteTerms(FineWords), Weights.Body);
        }
        Add(bag, _analyser.StatuteTerms(law.Name), Weights.LawName);
        return bag;
    }

    private static Dictionary<string, double> Bag(IEnumerable<string> terms, double weight)
    {
        var bag = new Dictionary<string, double>(StringComparer.Ordinal);
        Add(bag, terms, weight);
        return bag;
    }

    private static void Add(Dictionary<string, double> bag, IEnumerable<string> terms, double weight)
    {
        foreach (var term in terms)
        {
            bag[term] = bag.GetValueOrDefault(term) + weight;
        }
    }
}

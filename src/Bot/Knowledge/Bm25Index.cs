namespace HotlineBot.Knowledge;

/// <summary>
/// Okapi BM25 over weighted term bags (a field's weight multiplies its term counts, as in BM25F).
/// Built once, read-only afterwards, so it is safe to share across threads.
/// </summary>
public sealed class Bm25Index
{
    private readonly Dictionary<string, (int Doc, double Tf)[]> _postings;
    private readonly double[] _lengthNorm;
    private readonly double _k1;

    public Bm25Index(IReadOnlyList<Dictionary<string, double>> documents, double k1 = 1.2, double b = 0.75)
    {
        _k1 = k1;
        Count = documents.Count;
        var lengths = documents.Select(d => d.Values.Sum()).ToArray();
        var average = lengths.Length == 0 ? 1 : Math.Max(lengths.Average(), 1e-9);
        _lengthNorm = lengths.Select(l => k1 * (1 - b + b * l / average)).ToArray();
        var postings = new Dictionary<string, List<(int, double)>>(StringComparer.Ordinal);
        for (var d = 0; d < documents.Count; d++)
        {
            foreach (var (term, tf) in documents[d])
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }
                list.Add((d, tf));
            }
        }
        _postings = postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    public int Count { get; }

    /// <summary>Inverse document frequency; a term no document has gets the highest value.</summary>
    public double Idf(string term)
    {
        var df = _postings.TryGetValue(term, out var p) ? p.Length : 0;
        return Math.Log(1 + (Count - df + 0.5) / (df + 0.5));
    }

    public bool Knows(string term) => _postings.ContainsKey(term);

    /// <summary>Adds each document's BM25 score for <paramref name="terms"/> (with their weights) into <paramref name="scores"/>.</summary>
    public void Score(IEnumerable<(string Term, double Weight)> terms, double[] scores)
    {
        foreach (var (term, weight) in terms)
        {
            if (!_postings.TryGetValue(term, out var postings))
            {
                continue;
            }
            var idf = Math.Log(1 + (Count - postings.Length + 0.5) / (postings.Length + 0.5)) * weight;
            foreach (var (doc, tf) in postings)
            {
                scores[doc] += idf * tf * (_k1 + 1) / (tf + _lengthNorm[doc]);
            }
        }
    }

    /// <summary>True when document <paramref name="doc"/> has <paramref name="term"/>.</summary>
    public bool Has(int doc, string term) =>
        _postings.TryGetValue(term, out var postings) && Array.Exists(postings, p => p.Doc == doc);
}

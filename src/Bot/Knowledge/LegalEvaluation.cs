using System.Globalization;
using System.Text;
using HotlineBot.Channels.Sms;

namespace HotlineBot.Knowledge;

/// <summary>Runs labelled questions through the search: top-1 and top-3 accuracy, coverage of the set, and every miss.</summary>
public sealed record LegalEvaluation(int Questions, int Top1, int Top3, int DistinctArticles, int WithoutDiacritics, int Sure, int SureAndRight, IReadOnlyList<(LegalQuestion Question, SearchResult Result)> Misses)
{
    public double Top1Accuracy => Questions == 0 ? 0 : (double)Top1 / Questions;

    public double Top3Accuracy => Questions == 0 ? 0 : (double)Top3 / Questions;

    public static LegalEvaluation Run(LegalSearch search, IReadOnlyList<LegalQuestion> questions)
    {
        int top1 = 0, top3 = 0, sure = 0, sureAndRight = 0;
        var misses = new List<(LegalQuestion, SearchResult)>();
        foreach (var q in questions)
        {
            var result = search.Search(q.Question, top: 3);
            var rank = result.Hits.ToList().FindIndex(h => Same(h.Article.Ref, q.Expected));
            top1 += rank == 0 ? 1 : 0;
            top3 += rank >= 0 ? 1 : 0;
            sure += result.Sure ? 1 : 0;
            sureAndRight += result.Sure && rank == 0 ? 1 : 0;
            if (rank != 0)
            {
                misses.Add((q, result));
            }
        }
        var distinct = questions.Select(q => (KnowledgeBase.LawKey(q.Expected.Law), q.Expected.Article)).Distinct().Count();
        var plain = questions.Count(q => SmsFolding.IsWrittenWithoutDiacritics(q.Question));
        return new LegalEvaluation(questions.Count, top1, top3, distinct, plain, sure, sureAndRight, misses);
    }

    public string Report()
    {
        var s = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        s.AppendLine(c, $"questions: {Questions}   distinct articles: {DistinctArticles}   without diacritics: {Percent(WithoutDiacritics, Questions)}");
        s.AppendLine(c, $"top-1: {Top1}/{Questions} = {Percent(Top1, Questions)}");
        s.AppendLine(c, $"top-3: {Top3}/{Questions} = {Percent(Top3, Questions)}");
        s.AppendLine(c, $"sure (confidence ≥ {LegalSearch.SureThreshold.ToString(c)}): {Sure}/{Questions} = {Percent(Sure, Questions)}; right among sure: {Percent(SureAndRight, Sure)}");
        if (Misses.Count > 0)
        {
            s.AppendLine(c, $"not first ({Misses.Count}):");
        }
        foreach (var (q, result) in Misses)
        {
            var got = string.Join(", ", result.Hits.Select(h => $"{h.Article.Ref} ({h.Score.ToString("0.0", c)})"));
            var mark = result.Hits.Any(h => Same(h.Article.Ref, q.Expected)) ? "top-3" : "MISS ";
            mark += result.Sure ? " sure    " : " not sure";
            s.AppendLine(c, $"  {mark} {q.At}: \"{q.Question}\" expected {q.Expected}, got {(got.Length == 0 ? "nothing" : got)}");
        }
        return s.ToString();
    }

    private static bool Same(ArticleRef a, ArticleRef b) => a.Article == b.Article && KnowledgeBase.LawKey(a.Law) == KnowledgeBase.LawKey(b.Law);

    private static string Percent(int n, int of) => of == 0 ? "-" : ((double)n / of).ToString("0.0%", CultureInfo.InvariantCulture);
}

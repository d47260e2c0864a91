using System.Globalization;
using HotlineBot.Content;

namespace HotlineBot.Knowledge;

/// <summary>
/// Turns a <see cref="SearchResult"/> into what the bot says, following the verification rules of
/// dialogs/knowledge/README.md: a FAQ answer or an article summary only when the article is checked; a partly checked
/// article gives only its checked points; a title-only article is named, never explained; unverified content is never
/// cited. A fine is always given with its decree, article, amounts and whether it is for individuals or organisations.
/// Every sentence comes from dialogs/messages/legal.yaml.
/// </summary>
public sealed class LegalAnswerComposer(LegalSearch search, MessageTemplates messages)
{
    private const int ClosestShown = 3;
    private const int PartialPointsShown = 2;

    /// <summary>An answer is 2–4 sentences: the summary's first two, or its first and the fine that matches the question.</summary>
    private const int SummarySentences = 2;

    private readonly LegalCitation _cite = new(search.Knowledge, messages);

    public LegalSearch Search => search;

    /// <summary>The answer to <paramref name="question"/>; <paramref name="sms"/> gives the ≤ 3-segment form.</summary>
    public LegalAnswer Answer(string question, bool sms = false)
    {
        var result = search.Search(question, top: 5);
        var answer = Compose(question, result);
        return sms ? answer with { Text = SmsForm(answer, result) } : answer;
    }

    /// <summary>"Xem thêm": the article's citable key points and fines, and the related articles that may be named.</summary>
    public string More(ArticleRef reference)
    {
        var article = search.Knowledge.Article(reference);
        if (article is null || !article.Nameable)
        {
            return messages.Render(MessageIds.LegalNotFound);
        }
        var lines = article.CitablePoints.Select(Point)
            .Concat(article.CitableFines.Select(f => messages.Render(MessageIds.LegalMoreFine,
                ("act", f.Act), ("min", LegalCitation.Amount(f.Min)), ("max", LegalCitation.Amount(f.Max)),
                ("whom", Whom(f)), ("cite", _cite.Fine(article, f)))))
            .ToList();
        var related = article.Related.Select(search.Knowledge.Article).OfType<LawArticle>().Where(a => a.Nameable).ToList();
        if (lines.Count == 0)
        {
            return messages.Render(MessageIds.LegalMoreNothing, ("cite", _cite.Article(article)));
        }
        var text = messages.Render(MessageIds.LegalMore, ("cite", _cite.WithTitle(article)), ("points", string.Join("\n", lines)));
        if (related.Count > 0)
        {
            text += "\n" + messages.Render(MessageIds.LegalMoreRelated, ("articles", string.Join("; ", related.Select(_cite.WithTitle))));
        }
        return text;
    }

    private LegalAnswer Compose(string question, SearchResult result)
    {
        var best = result.Best?.Article;
        if (result.OutOfScope is { } topic)
        {
            return OutOfScope(topic, result);
        }
        if (best is null || !result.Sure || !best.Nameable)
        {
            return NotSure(result);
        }
        if (result.Faq is { } faq && best.Verification is Verification.Checked or Verification.Partial)
        {
            return new LegalAnswer(LegalAnswerKind.Faq, faq.Answer, best.Ref);
        }
        if (best.SummaryCitable)
        {
            var fine = BestFine(question, best);
            var summary = FirstSentences(best.Summary, fine is null ? SummarySentences : SummarySentences - 1);
            var text = messages.Render(MessageIds.LegalAnswer, ("cite", _cite.Article(best)), ("summary", summary));
            if (fine is not null)
            {
                text += " " + FineSentence(best, fine);
            }
            return new LegalAnswer(LegalAnswerKind.Article, text, best.Ref);
        }
        var points = best.CitablePoints.OrderByDescending(p => search.Relevance(question, p.Text)).Take(PartialPointsShown).ToList();
        if (best.Verification == Verification.Partial && points.Count > 0)
        {
            var text = messages.Render(MessageIds.LegalAnswerPartial, ("cite", _cite.Article(best)), ("title", best.Title),
                ("points", string.Join(" ", points.Select(p => Sentence(p.Text)))));
            return new LegalAnswer(LegalAnswerKind.Partial, text, best.Ref);
        }
        return new LegalAnswer(LegalAnswerKind.TitleOnly,
            messages.Render(MessageIds.LegalAnswerTitleOnly, ("cite", _cite.Article(best)), ("title", best.Title)), best.Ref);
    }

    /// <summary>Says the topic is not covered and by which law; names the closest articles only as "may be related".</summary>
    private LegalAnswer OutOfScope(OutOfScopeTopic topic, SearchResult result)
    {
        var text = messages.Render(MessageIds.LegalOutOfScope, ("topic", topic.Topic), ("law", topic.Law));
        var closest = Closest(result);
        if (closest.Count > 0)
        {
            text += " " + messages.Render(MessageIds.LegalOutOfScopeRelated, ("articles", string.Join("; ", closest.Select(_cite.WithTitle))));
        }
        return new LegalAnswer(LegalAnswerKind.OutOfScope, text, null);
    }

    private List<LawArticle> Closest(SearchResult result) => result.Confidence < LegalSearch.ClosestThreshold
        ? []
        : result.Hits.Select(h => h.Article).Where(a => a.Nameable).Take(ClosestShown).ToList();

    private LegalAnswer NotSure(SearchResult result)
    {
        var closest = Closest(result);
        var text = closest.Count == 0
            ? messages.Render(MessageIds.LegalNotFound)
            : messages.Render(MessageIds.LegalNotSure, ("articles", string.Join("; ", closest.Select(_cite.WithTitle))));
        return new LegalAnswer(LegalAnswerKind.NotSure, text, null);
    }

    private string SmsForm(LegalAnswer answer, SearchResult result) =>
        answer.Kind == LegalAnswerKind.Faq && result.Faq?.Sms is { } sms ? sms : SmsAnswer.Fit(answer.Text);

    /// <summary>The citable fine whose act shares most with the question (the first one when none shares anything).</summary>
    private Fine? BestFine(string question, LawArticle article) =>
        article.CitableFines.OrderByDescending(f => search.Relevance(question, f.Act)).FirstOrDefault();

    private string FineSentence(LawArticle article, Fine fine) =>
        messages.Render(MessageIds.LegalAnswerFine, ("cite", _cite.Fine(article, fine)), ("act", LowerFirst(fine.Act).TrimEnd('.')),
            ("min", LegalCitation.Amount(fine.Min)), ("max", LegalCitation.Amount(fine.Max)), ("whom", Whom(fine)));

    private string Whom(Fine fine) => messages.Render(fine.AppliesTo == FineAppliesTo.Individual ? MessageIds.LegalFineIndividual : MessageIds.LegalFineOrganisation);

    private string Point(ArticlePoint point) => point.Point is null
        ? messages.Render(MessageIds.LegalMorePoint, ("clause", point.Clause.ToString(CultureInfo.InvariantCulture)), ("text", point.Text))
        : messages.Render(MessageIds.LegalMorePointLetter, ("clause", point.Clause.ToString(CultureInfo.InvariantCulture)), ("point", point.Point), ("text", point.Text));

    private static string FirstSentences(string text, int count) => string.Join(" ", SmsAnswer.Sentences(text).Take(count));

    private static string Sentence(string text) => text.TrimEnd().EndsWith('.') ? text.Trim() : text.Trim() + ".";

    /// <summary>"Từ chối tuyển dụng" → "từ chối tuyển dụng"; an acronym ("UBND …") keeps its case.</summary>
    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}

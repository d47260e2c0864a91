namespace HotlineBot.Knowledge;

/// <summary>A question as citizens ask it, in several wordings, mapped to articles (the first is the main one), with a short answer.</summary>
/// <param name="Sms">A shorter form for SMS (≤ 3 segments), or null to shorten <paramref name="Answer"/>.</param>
public sealed record FaqEntry(string Id, IReadOnlyList<string> Questions, IReadOnlyList<ArticleRef> Refs, string Answer, string? Sms, string At)
{
    public ArticleRef MainRef => Refs[0];
}

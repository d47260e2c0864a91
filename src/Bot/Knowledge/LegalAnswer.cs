namespace HotlineBot.Knowledge;

/// <summary>What the bot says to a legal question, and which article it is about (for "Xem thêm").</summary>
public sealed record LegalAnswer(LegalAnswerKind Kind, string Text, ArticleRef? Article)
{
    public bool Sure => Kind is not (LegalAnswerKind.NotSure or LegalAnswerKind.OutOfScope);
}

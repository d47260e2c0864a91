namespace HotlineBot.Knowledge;

/// <summary>One ranked article for a question.</summary>
public sealed record SearchHit(LawArticle Article, double Score);

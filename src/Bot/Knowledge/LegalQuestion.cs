namespace HotlineBot.Knowledge;

/// <summary>A question with the article that answers it (a line of tests/data/legal_questions*.tsv).</summary>
public sealed record LegalQuestion(string Question, ArticleRef Expected, string At);

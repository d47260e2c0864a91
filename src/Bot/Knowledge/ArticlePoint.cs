namespace HotlineBot.Knowledge;

/// <summary>A key point of an article, per clause (khoản) and optionally point (điểm), in our own words.</summary>
/// <param name="Verification">The point's own level; when the file does not say, the article's.</param>
public sealed record ArticlePoint(int Clause, string? Point, string Text, Verification Verification);

namespace HotlineBot.Knowledge;

/// <summary>
/// A document read by <see cref="LawImporter"/>: the knowledge-base record (every article unverified, summaries empty)
/// and, per article, its unnumbered official text, which the YAML keeps as comments for whoever writes the summary.
/// </summary>
public sealed record ImportedLaw(LawDocument Document, IReadOnlyDictionary<int, IReadOnlyList<string>> ArticleText, string Source);

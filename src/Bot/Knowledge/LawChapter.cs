namespace HotlineBot.Knowledge;

/// <summary>A chapter (Chương) of a legal document, with the sections (Mục) it has, if any.</summary>
public sealed record LawChapter(string Number, string Title, IReadOnlyList<LawSection> Sections);

/// <summary>A section (Mục) inside a chapter.</summary>
public sealed record LawSection(int Number, string Title);

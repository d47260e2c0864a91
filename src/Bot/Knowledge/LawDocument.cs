namespace HotlineBot.Knowledge;

/// <summary>One legal document of the knowledge base (one YAML file), with its chapters and articles.</summary>
/// <param name="Number">The official number, exactly as cited ("73/2006/QH11", "125/2021/NĐ-CP").</param>
/// <param name="Name">How answers name it ("Luật Bình đẳng giới").</param>
/// <param name="ReplacedBy">The number of the document that replaced it, when <paramref name="Status"/> is "replaced".</param>
public sealed record LawDocument(
    string Number,
    string Name,
    LawKind Kind,
    string Status,
    string? ReplacedBy,
    IReadOnlyList<LawChapter> Chapters,
    IReadOnlyList<LawArticle> Articles,
    string File)
{
    public bool InForce => Status == "in-force";
}

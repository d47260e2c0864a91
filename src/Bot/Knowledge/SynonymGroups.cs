namespace HotlineBot.Knowledge;

/// <summary>
/// Groups of words or phrases that mean the same in a question (<c>[đuổi việc, sa thải, cho nghỉ việc]</c>),
/// from <c>dialogs/knowledge/synonyms.yaml</c>. The search gives every phrase of a group one shared term.
/// </summary>
public sealed record SynonymGroups(IReadOnlyList<IReadOnlyList<string>> Groups)
{
    public const string FileName = "synonyms.yaml";

    public static SynonymGroups None { get; } = new([]);
}

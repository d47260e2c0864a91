namespace HotlineBot.Knowledge;

/// <summary>What kind of legal document a file describes (<c>kind:</c>): a law of the National Assembly or a government decree.</summary>
public enum LawKind
{
    Law,
    Decree,
}

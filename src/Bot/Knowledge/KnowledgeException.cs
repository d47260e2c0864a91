namespace HotlineBot.Knowledge;

/// <summary>The knowledge base in dialogs/knowledge is broken; every problem is named as <c>file:line: what is wrong</c>.</summary>
public sealed class KnowledgeException(IReadOnlyList<string> problems)
    : Exception("Knowledge base in dialogs/knowledge is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

namespace HotlineBot.Content;

/// <summary>Content in dialogs/ is broken; the message names every problem as file:line.</summary>
public sealed class ContentException(IReadOnlyList<string> problems)
    : Exception("Content in dialogs/ is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

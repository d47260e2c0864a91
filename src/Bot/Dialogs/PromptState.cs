namespace HotlineBot.Dialogs;

/// <summary>What a waiting prompt needs across turns: the texts to re-ask with, the choices, the attempts so far.</summary>
public sealed record PromptState
{
    public required string Text { get; init; }
    public string? RetryText { get; init; }
    public List<string> Choices { get; init; } = [];
    public int Attempts { get; init; }
    public int MaxAttempts { get; init; } = 3;
}

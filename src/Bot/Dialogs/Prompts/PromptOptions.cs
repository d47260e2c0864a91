namespace HotlineBot.Dialogs;

/// <summary>How to ask: the caller's texts (already rendered from content templates) and, for choices, the options.</summary>
public sealed record PromptOptions
{
    public required string Text { get; init; }

    /// <summary>Sent instead of <see cref="Text"/> after an answer the prompt did not understand.</summary>
    public string? RetryText { get; init; }

    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>How many answers the prompt may fail to understand before it ends with <see cref="DialogResult.NoAnswer"/>.</summary>
    public int MaxAttempts { get; init; } = 3;
}

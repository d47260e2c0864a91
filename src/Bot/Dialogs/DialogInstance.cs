namespace HotlineBot.Dialogs;

/// <summary>
/// One entry of the persisted dialog stack. Everything is typed: a waterfall's position is <see cref="Step"/>,
/// the answers it collected are strings in <see cref="Values"/>, and a waiting prompt keeps what it needs to
/// re-prompt in <see cref="Prompt"/>. No object bags, so nothing comes back from JSON as a surprising type.
/// </summary>
public sealed record DialogInstance
{
    public required string DialogId { get; init; }

    /// <summary>Index of the waterfall step that runs next (or is waiting for an answer).</summary>
    public int Step { get; init; }

    /// <summary>Values a waterfall collected so far (e.g. "province" → "Hà Tĩnh").</summary>
    public Dictionary<string, string> Values { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Set while this instance is a prompt waiting for the user's answer.</summary>
    public PromptState? Prompt { get; init; }

    /// <summary>
    /// True when this instance was pushed by an interruption (e.g. an emergency): when it ends, the dialog
    /// underneath is re-prompted instead of being resumed with a result.
    /// </summary>
    public bool Interrupting { get; init; }
}

namespace HotlineBot.Dialogs;

/// <summary>What a dialog call produced: the stack's status and, when a dialog completed, its result.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, DialogResult? Result = null)
{
    /// <summary>
    /// Set when the user cancelled everything with a cancel word ("hủy", "thoát", "menu"…), folded
    /// (e.g. <c>"huy"</c>). The bot answers this by showing its main menu.
    /// </summary>
    public string? CancelWord { get; init; }

    public static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);

    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);

    public static DialogTurnResult Complete(DialogResult? result) => new(DialogTurnStatus.Complete, result);

    public static DialogTurnResult CancelledBy(string cancelWord) => new(DialogTurnStatus.Cancelled) { CancelWord = cancelWord };
}

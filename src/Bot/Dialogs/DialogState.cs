namespace HotlineBot.Dialogs;

/// <summary>The dialog stack of one conversation; the last element is the active dialog.</summary>
public sealed record DialogState
{
    public List<DialogInstance> Stack { get; init; } = [];
}

namespace HotlineBot.Dialogs;

/// <summary>
/// Checked by <see cref="DialogManager"/> before the active dialog on every message (the emergency path uses it).
/// Returning a dialog id pushes that dialog on top of the stack and the message goes to it, not to the active
/// dialog. When the pushed dialog ends, the dialog underneath re-asks its question.
/// The hook sees the stack, so it can decline to interrupt a dialog that is already running.
/// </summary>
public interface IInterruption
{
    Task<string?> ShouldInterruptAsync(DialogContext dc, CancellationToken cancellationToken = default);
}

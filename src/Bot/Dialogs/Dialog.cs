using HotlineBot.Turns;

namespace HotlineBot.Dialogs;

/// <summary>
/// A piece of conversation that can sit on the dialog stack. One instance serves every conversation, so a
/// dialog keeps nothing in fields: what it must remember between turns goes in its <see cref="DialogInstance"/>
/// (<see cref="DialogContext.ActiveDialog"/> while it runs).
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    /// <summary>Called once when the dialog is pushed onto the stack.</summary>
    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, PromptOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>The user sent something while this dialog is on top of the stack. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A dialog this one started has ended with <paramref name="result"/>. By default the result is passed up.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogResult? result, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Ask again for whatever this dialog is waiting for (after an interruption). By default nothing is sent.</summary>
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>The dialog has just been taken off the stack.</summary>
    public virtual Task EndAsync(TurnContext turn, DialogInstance instance, DialogEndReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}

using HotlineBot.Turns;

namespace HotlineBot.Dialogs;

/// <summary>
/// The dialog stack of one conversation during one turn: created per turn over the persisted
/// <see cref="DialogState"/>, so everything done here is saved with the conversation's state.
/// </summary>
public sealed class DialogContext(DialogSet dialogs, TurnContext context, DialogState state)
{
    public DialogSet Dialogs { get; } = dialogs;

    public TurnContext Context { get; } = context;

    /// <summary>The stack, bottom first; the last element is the active dialog.</summary>
    public IReadOnlyList<DialogInstance> Stack => state.Stack;

    public DialogInstance? ActiveDialog => state.Stack.Count > 0 ? state.Stack[^1] : null;

    /// <summary>Pushes a dialog and begins it; it becomes the active dialog.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, PromptOptions? options = null, CancellationToken cancellationToken = default) =>
        PushAsync(dialogId, options, interrupting: false, cancellationToken);

    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(promptId, options, cancellationToken);

    /// <summary>Hands the user's message to the active dialog; <see cref="DialogTurnStatus.Empty"/> if there is none.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default) =>
        ActiveDialog is { } active
            ? Find(active.DialogId).ContinueAsync(this, cancellationToken)
            : Task.FromResult(DialogTurnResult.Empty);

    /// <summary>
    /// Pops the active dialog and resumes its parent with <paramref name="result"/>. If the popped dialog was an
    /// interruption, the parent is not resumed but re-prompted, so the user hears again the question they left.
    /// </summary>
    public async Task<DialogTurnResult> EndDialogAsync(DialogResult? result = null, CancellationToken cancellationToken = default)
    {
        var ended = await PopAsync(DialogEndReason.Ended, cancellationToken);
        if (ActiveDialog is not { } parent)
        {
            return DialogTurnResult.Complete(result);
        }
        if (ended is { Interrupting: true })
        {
            await Find(parent.DialogId).RepromptAsync(this, cancellationToken);
            return DialogTurnResult.Waiting;
        }
        return await Find(parent.DialogId).ResumeAsync(this, result, cancellationToken);
    }

    /// <summary>Ends the active dialog and begins another in its place (the parent is not resumed in between).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, PromptOptions? options = null, CancellationToken cancellationToken = default)
    {
        var replaced = await PopAsync(DialogEndReason.Replaced, cancellationToken);
        return await PushAsync(dialogId, options, replaced?.Interrupting ?? false, cancellationToken);
    }

    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        while (ActiveDialog is not null)
        {
            await PopAsync(DialogEndReason.Cancelled, cancellationToken);
        }
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    public Task RepromptDialogAsync(CancellationToken cancellationToken = default) =>
        ActiveDialog is { } active ? Find(active.DialogId).RepromptAsync(this, cancellationToken) : Task.CompletedTask;

    /// <summary>Pushes a dialog on top of whatever is active; when it ends, the dialog underneath re-prompts.</summary>
    internal Task<DialogTurnResult> InterruptAsync(string dialogId, CancellationToken cancellationToken = default) =>
        PushAsync(dialogId, null, interrupting: true, cancellationToken);

    /// <summary>Replaces the active instance (instances are immutable records).</summary>
    internal void UpdateActive(DialogInstance instance) => state.Stack[^1] = instance;

    private async Task<DialogTurnResult> PushAsync(string dialogId, PromptOptions? options, bool interrupting, CancellationToken cancellationToken)
    {
        var dialog = Find(dialogId);
        state.Stack.Add(new DialogInstance { DialogId = dialogId, Interrupting = interrupting });
        return await dialog.BeginAsync(this, options, cancellationToken);
    }

    private async Task<DialogInstance?> PopAsync(DialogEndReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } top)
        {
            return null;
        }
        state.Stack.RemoveAt(state.Stack.Count - 1);
        await Find(top.DialogId).EndAsync(Context, top, reason, cancellationToken);
        return top;
    }

    private Dialog Find(string dialogId) =>
        Dialogs.Find(dialogId) ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' is registered.");
}

using HotlineBot.Activities;
using HotlineBot.State;
using HotlineBot.Turns;

namespace HotlineBot.Dialogs;

/// <summary>
/// What the bot calls once per turn. For a message: interruptions first, then cancel words, then the active
/// dialog; if no dialog is active, the root dialog begins. Other activity types touch nothing.
/// A stack naming a dialog that is no longer registered (after a deploy) is dropped rather than failing every turn.
/// </summary>
public sealed class DialogManager(DialogSet dialogs, string rootDialogId, IEnumerable<IInterruption>? interruptions = null)
{
    private readonly IInterruption[] _interruptions = [.. interruptions ?? []];

    public string RootDialogId { get; } = rootDialogId;

    public async Task<DialogTurnResult> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken = default)
    {
        var state = turn.Require<ConversationState>().Data.Dialogs;
        var dc = dialogs.CreateContext(turn, state);
        if (state.Stack.Any(i => dialogs.Find(i.DialogId) is null))
        {
            state.Stack.Clear();
        }
        if (turn.Activity.Type != ActivityTypes.Message)
        {
            return dc.ActiveDialog is null ? DialogTurnResult.Empty : DialogTurnResult.Waiting;
        }
        foreach (var interruption in _interruptions)
        {
            if (await interruption.ShouldInterruptAsync(dc, cancellationToken) is { } dialogId)
            {
                return await dc.InterruptAsync(dialogId, cancellationToken);
            }
        }
        if (CancelWords.Match(turn.Activity.Text) is { } word)
        {
            await dc.CancelAllDialogsAsync(cancellationToken);
            return DialogTurnResult.CancelledBy(word);
        }
        var result = await dc.ContinueDialogAsync(cancellationToken);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(RootDialogId, null, cancellationToken)
            : result;
    }
}

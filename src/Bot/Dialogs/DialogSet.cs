using HotlineBot.State;
using HotlineBot.Turns;

namespace HotlineBot.Dialogs;

/// <summary>The dialogs a bot knows, by id. Built once at start-up and shared by every turn.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already registered.", nameof(dialog));
        }
        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    public DialogContext CreateContext(TurnContext turn, DialogState state) => new(this, turn, state);

    /// <summary>A context over the conversation's persisted stack (needs the state middleware).</summary>
    public DialogContext CreateContext(TurnContext turn) => CreateContext(turn, turn.Require<ConversationState>().Data.Dialogs);
}

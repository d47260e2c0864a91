using HotlineBot.Content;
using HotlineBot.Dialogs;
using HotlineBot.Turns;

namespace HotlineBot.Conversation;

/// <summary>
/// The bot at the end of the pipeline: runs the dialogs for messages; a cancel word brings the menu back.
/// Conversation updates greet through the root dialog when the citizen joins.
/// </summary>
public sealed class HelplineBot(DialogManager dialogs, DialogSet dialogSet, HotlineContent content) : IBot
{
    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken = default)
    {
        var activity = turn.Activity;
        if (activity.Type == Activities.ActivityTypes.ConversationUpdate && activity.MembersAdded?.Any(m => m.Role != "bot") == true)
        {
            await BeginRootAsync(turn, cancellationToken);
            return;
        }
        var result = await dialogs.OnTurnAsync(turn, cancellationToken);
        if (result.CancelWord is not null)
        {
            await turn.SendAsync(content.Messages.Render(MessageIds.CancelledToMenu), cancellationToken);
            await BeginRootAsync(turn, cancellationToken);
        }
    }

    private async Task BeginRootAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var dc = dialogSet.CreateContext(turn);
        await dc.CancelAllDialogsAsync(cancellationToken);
        await dc.BeginDialogAsync(dialogs.RootDialogId, null, cancellationToken);
    }
}

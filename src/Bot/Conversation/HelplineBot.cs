using HotlineBot.Content;
using HotlineBot.Dialogs;
using HotlineBot.Language;
using HotlineBot.State;
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
        if (activity.Location is { } shared)
        {
            // Kept coarsely whatever happens next (the referral flow and an operator need to know roughly where).
            turn.Require<ConversationState>().Data.CoarseLocation =
                new GeoPoint(Math.Round(shared.Latitude!.Value, 2), Math.Round(shared.Longitude!.Value, 2));
            if (!IsAskingForLocation(turn) && turn.Get<TriageResult>()?.Intent != Intent.Emergency)
            {
                await AcknowledgeLocationAsync(turn, cancellationToken);
                return;
            }
        }
        var result = await dialogs.OnTurnAsync(turn, cancellationToken);
        if (result.CancelWord is not null)
        {
            await turn.SendAsync(content.Messages.Render(MessageIds.CancelledToMenu), cancellationToken);
            await BeginRootAsync(turn, cancellationToken);
        }
    }

    private bool IsAskingForLocation(TurnContext turn) =>
        turn.Require<ConversationState>().Data.Dialogs.Stack.LastOrDefault()?.DialogId is DialogIds.Location or DialogIds.WhereAreYou;

    /// <summary>
    /// A location shared while no question asked for one (the "Chia sẻ vị trí" button is always there): say thanks,
    /// and ask the pending question again instead of treating the pin as an answer to it.
    /// </summary>
    private async Task AcknowledgeLocationAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        await turn.SendAsync(content.Messages.Render(MessageIds.LocationThanks), cancellationToken);
        var dc = dialogSet.CreateContext(turn);
        if (dc.ActiveDialog is null)
        {
            await dc.BeginDialogAsync(dialogs.RootDialogId, null, cancellationToken);
        }
        else
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }
    }

    private async Task BeginRootAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var dc = dialogSet.CreateContext(turn);
        await dc.CancelAllDialogsAsync(cancellationToken);
        await dc.BeginDialogAsync(dialogs.RootDialogId, null, cancellationToken);
    }
}

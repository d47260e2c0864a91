using HotlineBot.Activities;
using HotlineBot.Dialogs;
using HotlineBot.Turns;

namespace HotlineBot.Tests.Dialogs.Samples;

/// <summary>
/// A bot over <see cref="SampleDialogs"/> (or the given dialogs): one <see cref="DialogManager"/> call per turn;
/// a cancel word shows the menu.
/// </summary>
public sealed class SampleBot(string rootDialogId, DialogSet? dialogs = null) : IBot
{
    private readonly DialogManager _dialogs = new(dialogs ?? SampleDialogs.Create(), rootDialogId, [new DangerWordInterruption()]);

    /// <summary>The manager's verdict on the last turn.</summary>
    public DialogTurnResult? LastResult { get; private set; }

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken = default)
    {
        LastResult = await _dialogs.OnTurnAsync(turn, cancellationToken);
        if (LastResult.CancelWord is not null)
        {
            var menu = turn.Activity.CreateReply("Đã dừng. Bạn muốn làm gì tiếp?") with
            {
                SuggestedActions = new SuggestedActions([.. SampleDialogs.Needs.Select(CardAction.ImBack)]),
            };
            await turn.SendAsync(menu, cancellationToken);
        }
    }
}

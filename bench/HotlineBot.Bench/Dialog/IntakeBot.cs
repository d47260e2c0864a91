using HotlineBot.Dialogs;
using HotlineBot.Turns;

namespace HotlineBot.Bench.Dialog;

/// <summary>The bot at the end of the benchmark's pipeline: one <see cref="DialogManager"/> call per turn, as the node side's logic.</summary>
public sealed class IntakeBot : IBot
{
    private readonly DialogManager _dialogs = new(IntakeWaterfall.Create(), IntakeWaterfall.Id);

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken = default) =>
        await _dialogs.OnTurnAsync(turn, cancellationToken);
}

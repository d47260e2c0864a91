using HotlineBot.Dialogs;
using HotlineBot.Handoff;

namespace HotlineBot.Conversation;

/// <summary>
/// While the citizen's case waits in the queue (the handoff gate left its link on the turn), a cancel phrase
/// (<see cref="CitizenCancel"/>) withdraws the request instead of being a mere cancel word. Checked after the emergency
/// interruption, so danger always comes first. Once an operator holds the case the gate relays every message to them,
/// "hủy" included, and this never runs.
/// </summary>
public sealed class HandoffCancelInterruption : IInterruption
{
    public Task<string?> ShouldInterruptAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        Task.FromResult(dc.Context.Get<HandoffLink>() is { Active: false, Withdrawn: false } && CitizenCancel.Matches(dc.Context.Activity.Text)
            ? DialogIds.HandoffCancel
            : null);
}

using HotlineBot.Dialogs;
using HotlineBot.Safety;

namespace HotlineBot.Conversation;

/// <summary>Pushes the emergency dialog on top of whatever runs when a message signals danger (unless it is already running).</summary>
public sealed class EmergencyInterruption : IInterruption
{
    public Task<string?> ShouldInterruptAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            dc.Stack.All(i => i.DialogId != DialogIds.Emergency) && EmergencyCues.IsEmergency(dc.Context.Activity.Text)
                ? DialogIds.Emergency
                : null);
}

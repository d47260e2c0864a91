using HotlineBot.Dialogs;
using HotlineBot.Language;

namespace HotlineBot.Conversation;

/// <summary>
/// Pushes the emergency dialog on top of whatever runs when triage calls a message an emergency (unless the
/// emergency dialog is already running). Uses the turn's triage, or triages the message itself if none ran.
/// </summary>
public sealed class EmergencyInterruption(Triage triage) : IInterruption
{
    public Task<string?> ShouldInterruptAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (dc.Stack.Any(i => i.DialogId == DialogIds.Emergency))
        {
            return Task.FromResult<string?>(null);
        }
        var result = dc.Context.Get<TriageResult>() ?? triage.Classify(dc.Context.Activity.Text);
        return Task.FromResult(result.Intent == Intent.Emergency ? DialogIds.Emergency : null);
    }
}

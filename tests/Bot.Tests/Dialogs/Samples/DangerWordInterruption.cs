using HotlineBot.Dialogs;

namespace HotlineBot.Tests.Dialogs.Samples;

/// <summary>Stands in for the triage recogniser: "cứu tôi" or "nguy hiểm" pushes the emergency dialog, once.</summary>
public sealed class DangerWordInterruption : IInterruption
{
    public Task<string?> ShouldInterruptAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        var text = TextFolding.Fold(dc.Context.Activity.Text);
        var danger = text.Contains("cuu toi", StringComparison.Ordinal) || text.Contains("nguy hiem", StringComparison.Ordinal);
        var alreadyRunning = dc.Stack.Any(i => i.DialogId == SampleDialogs.Emergency);
        return Task.FromResult(danger && !alreadyRunning ? SampleDialogs.Emergency : null);
    }
}

using HotlineBot.Activities;
using WaterfallStep = System.Func<HotlineBot.Dialogs.WaterfallStepContext, System.Threading.CancellationToken, System.Threading.Tasks.Task<HotlineBot.Dialogs.DialogTurnResult>>;

namespace HotlineBot.Dialogs;

/// <summary>
/// A fixed sequence of steps. Each step usually sends something and starts a prompt; the prompt's answer is
/// the next step's <see cref="WaterfallStepContext.Result"/>. The position is persisted as
/// <see cref="DialogInstance.Step"/>; running past the last step ends the dialog with the last result.
/// </summary>
public sealed class WaterfallDialog(string id, params WaterfallStep[] steps) : Dialog(id)
{
    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, PromptOptions? options = null, CancellationToken cancellationToken = default) =>
        RunStepAsync(dc, 0, null, cancellationToken);

    /// <summary>Only reached when a step returned Waiting without starting a prompt: the message is the step's answer.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.Context.Activity.Type == ActivityTypes.Message
            ? RunStepAsync(dc, dc.ActiveDialog!.Step + 1, new DialogResult { Text = dc.Context.Activity.Text }, cancellationToken)
            : Task.FromResult(DialogTurnResult.Waiting);

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogResult? result, CancellationToken cancellationToken = default) =>
        RunStepAsync(dc, dc.ActiveDialog!.Step + 1, result, cancellationToken);

    internal Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogResult? result, CancellationToken cancellationToken)
    {
        if (index >= steps.Length)
        {
            return dc.EndDialogAsync(result, cancellationToken);
        }
        var instance = dc.ActiveDialog! with { Step = index };
        dc.UpdateActive(instance);
        return steps[index](new WaterfallStepContext(this, dc, index, result, instance.Values), cancellationToken);
    }
}

using HotlineBot.Turns;

namespace HotlineBot.Dialogs;

/// <summary>What a waterfall step sees: the previous step's (or prompt's) result, the collected values, and the ways on.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _waterfall;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, int index, DialogResult? result, Dictionary<string, string> values)
    {
        _waterfall = waterfall;
        DialogContext = dc;
        Index = index;
        Result = result;
        Values = values;
    }

    public DialogContext DialogContext { get; }

    public TurnContext Context => DialogContext.Context;

    /// <summary>Zero-based index of this step.</summary>
    public int Index { get; }

    /// <summary>The result of the previous step or of the prompt it started; null for the first step.</summary>
    public DialogResult? Result { get; }

    /// <summary>Answers collected so far; persisted with the dialog stack.</summary>
    public Dictionary<string, string> Values { get; }

    /// <summary>Runs the next step now, in this turn, with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(DialogResult? result = null, CancellationToken cancellationToken = default) =>
        _waterfall.RunStepAsync(DialogContext, Index + 1, result, cancellationToken);

    /// <summary>Starts a prompt; the next step runs with its answer.</summary>
    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken = default) =>
        DialogContext.PromptAsync(promptId, options, cancellationToken);

    /// <summary>Starts a child dialog; the next step runs with its result.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, CancellationToken cancellationToken = default) =>
        DialogContext.BeginDialogAsync(dialogId, null, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(DialogResult? result = null, CancellationToken cancellationToken = default) =>
        DialogContext.EndDialogAsync(result, cancellationToken);
}

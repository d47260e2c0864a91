using System.Text.Json;
using HotlineBot.Activities;
using HotlineBot.Turns;

namespace HotlineBot.Dialogs;

/// <summary>
/// Asks one question and waits for an answer it understands. Subclasses supply <see cref="OnRecognize"/> (and may
/// change <see cref="OnPromptAsync"/>); this class keeps the question in <see cref="PromptState"/>, re-asks with the
/// retry text when the answer is not understood, and after <see cref="PromptState.MaxAttempts"/> misunderstood
/// answers ends with <see cref="DialogResult.Unanswered"/> instead of looping. Interrupted, it asks again.
/// </summary>
public abstract class Prompt(string id) : Dialog(id)
{
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, PromptOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options), $"Prompt '{Id}' needs PromptOptions with the question to ask.");
        }
        var state = new PromptState
        {
            Text = options.Text,
            RetryText = options.RetryText,
            Choices = [.. options.Choices ?? []],
            MaxAttempts = Math.Max(1, options.MaxAttempts),
        };
        dc.UpdateActive(dc.ActiveDialog! with { Prompt = state });
        await OnPromptAsync(dc.Context, state, isRetry: false, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        var instance = dc.ActiveDialog!;
        var state = instance.Prompt ?? throw new InvalidOperationException($"Prompt '{Id}' has no prompt state.");
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return DialogTurnResult.Waiting;
        }
        if (OnRecognize(dc.Context.Activity, state) is { } answer)
        {
            return await dc.EndDialogAsync(answer, cancellationToken);
        }
        var retry = state with { Attempts = state.Attempts + 1 };
        if (retry.Attempts >= retry.MaxAttempts)
        {
            return await dc.EndDialogAsync(DialogResult.Unanswered, cancellationToken);
        }
        dc.UpdateActive(instance with { Prompt = retry });
        await OnPromptAsync(dc.Context, retry, isRetry: true, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    /// <summary>Something was pushed on top of this prompt and has ended: ask the question again.</summary>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogResult? result, CancellationToken cancellationToken = default)
    {
        await RepromptAsync(dc, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.ActiveDialog?.Prompt is { } state ? OnPromptAsync(dc.Context, state, isRetry: false, cancellationToken) : Task.CompletedTask;

    /// <summary>Sends the question (or the retry text) with this prompt's suggested actions.</summary>
    protected virtual async Task OnPromptAsync(TurnContext turn, PromptState state, bool isRetry, CancellationToken cancellationToken)
    {
        var text = isRetry ? state.RetryText ?? state.Text : state.Text;
        var actions = SuggestedActionsFor(state);
        var reply = turn.Activity.CreateReply(text) with
        {
            SuggestedActions = actions.Count > 0 ? new SuggestedActions(actions) : null,
        };
        await turn.SendAsync(reply, cancellationToken);
    }

    protected virtual IReadOnlyList<CardAction> SuggestedActionsFor(PromptState state) => [];

    /// <summary>The answer in <paramref name="activity"/>, or null if it is not one this prompt understands.</summary>
    protected abstract DialogResult? OnRecognize(Activity activity, PromptState state);

    /// <summary>
    /// The texts a message carries: what was typed (or an imBack's title) and a messageBack/postBack string value.
    /// </summary>
    protected static IEnumerable<string> InputTexts(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            yield return activity.Text.Trim();
        }
        if (activity.Value is { ValueKind: JsonValueKind.String } value && value.GetString() is { } s && !string.IsNullOrWhiteSpace(s))
        {
            yield return s.Trim();
        }
    }
}

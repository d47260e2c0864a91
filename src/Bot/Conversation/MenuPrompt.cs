using HotlineBot.Activities;
using HotlineBot.Content;
using HotlineBot.Dialogs;
using HotlineBot.Language;
using HotlineBot.Turns;

namespace HotlineBot.Conversation;

/// <summary>
/// The main menu's question. Works as a <see cref="ChoicePrompt"/>; in addition, free text that is not a menu choice
/// but that triage gives an intent listed in <see cref="MainMenuDialog.IntentRoutes"/> ends the prompt with that
/// menu item and the text (<see cref="DialogResult.Choice"/> null, <see cref="DialogResult.Text"/> the message).
/// </summary>
public sealed class MenuPrompt(HotlineContent content, Triage triage) : Prompt(DialogIds.MenuChoice)
{
    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        var activity = dc.Context.Activity;
        if (activity.Type == ActivityTypes.Message && dc.ActiveDialog?.Prompt is { } state && Routed(dc, state) is { } routed)
        {
            return await dc.EndDialogAsync(routed, cancellationToken);
        }
        return await base.ContinueAsync(dc, cancellationToken);
    }

    protected override IReadOnlyList<CardAction> SuggestedActionsFor(PromptState state) =>
        [.. state.Choices.Select(CardAction.ImBack)];

    /// <summary>
    /// The menu, and while the citizen waits for a counsellor on web chat one more button, "Hủy yêu cầu" (caught by
    /// <see cref="HandoffCancelInterruption"/>, never by the menu). Not by SMS: a numbered option the menu does not know
    /// would only confuse; the SMS queue message says what to text instead.
    /// </summary>
    protected override async Task OnPromptAsync(TurnContext turn, PromptState state, bool isRetry, CancellationToken cancellationToken)
    {
        if (turn.Get<Handoff.HandoffLink>() is not { Active: false, Withdrawn: false } || turn.Activity.ChannelId != Channels.DirectLine.DirectLineAdapter.ChannelId)
        {
            await base.OnPromptAsync(turn, state, isRetry, cancellationToken);
            return;
        }
        var reply = turn.Activity.CreateReply(isRetry ? state.RetryText ?? state.Text : state.Text) with
        {
            SuggestedActions = new SuggestedActions([.. SuggestedActionsFor(state), CardAction.ImBack(content.Messages.Render(MessageIds.HandoffCancelButton))]),
        };
        await turn.SendAsync(reply, cancellationToken);
    }

    protected override DialogResult? OnRecognize(Activity activity, PromptState state) => Recognize(activity, state);

    /// <summary>
    /// The menu item free text goes to by its triage intent (<see cref="MainMenuDialog.IntentRoutes"/>), as a result
    /// with <see cref="DialogResult.Choice"/> null and the text; null when the intent has no route.
    /// </summary>
    public DialogResult? RouteByIntent(TurnContext turn)
    {
        var text = turn.Activity.Text?.Trim();
        if (turn.Activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(text))
        {
            return null;
        }
        var triaged = turn.Get<TriageResult>() ?? triage.Classify(text);
        if (triaged.Confidence < MainMenuDialog.MinRouteConfidence || !MainMenuDialog.IntentRoutes.TryGetValue(triaged.Intent, out var menuId))
        {
            return null;
        }
        var index = content.Menu.ToList().FindIndex(m => m.Id == menuId);
        return index < 0 ? null : new DialogResult { ChoiceIndex = index, Text = text };
    }

    private DialogResult? Routed(DialogContext dc, PromptState state) =>
        Recognize(dc.Context.Activity, state) is null ? RouteByIntent(dc.Context) : null;

    private static DialogResult? Recognize(Activity activity, PromptState state)
    {
        foreach (var text in InputTexts(activity))
        {
            if (ChoiceRecognizer.Recognize(text, state.Choices) is { } index)
            {
                return new DialogResult { ChoiceIndex = index, Choice = state.Choices[index], Text = text };
            }
        }
        return null;
    }
}

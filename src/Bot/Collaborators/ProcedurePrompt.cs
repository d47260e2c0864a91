using HotlineBot.Activities;
using HotlineBot.Dialogs;

namespace HotlineBot.Collaborators;

/// <summary>
/// A choice prompt that also understands a question: an answer naming one of the options (text, number, or a few of
/// its words) comes back as <see cref="DialogResult.ChoiceIndex"/>; otherwise a question the <see cref="ProcedureMatcher"/>
/// can place ("nhận tin báo thì làm gì trước") comes back as <see cref="DialogResult.Text"/> with no index. Anything
/// else is re-asked with the retry text.
/// </summary>
public sealed class ProcedurePrompt(string id, ProcedureMatcher matcher) : Prompt(id)
{
    protected override IReadOnlyList<CardAction> SuggestedActionsFor(PromptState state) =>
        [.. state.Choices.Select(CardAction.ImBack)];

    protected override DialogResult? OnRecognize(Activity activity, PromptState state)
    {
        var texts = InputTexts(activity).ToList();
        foreach (var text in texts)
        {
            if (ChoiceRecognizer.Recognize(text, state.Choices) is { } index)
            {
                return new DialogResult { ChoiceIndex = index, Choice = state.Choices[index], Text = text };
            }
        }
        return texts.FirstOrDefault(t => matcher.Match(t) is not null) is { } question ? new DialogResult { Text = question } : null;
    }
}

using HotlineBot.Activities;

namespace HotlineBot.Dialogs;

/// <summary>
/// Offers options as suggested actions (imBack) and accepts an option by its text (diacritics and case optional),
/// by its 1-based number, or by a few words found in exactly one option (see <see cref="ChoiceRecognizer"/>).
/// </summary>
public sealed class ChoicePrompt(string id) : Prompt(id)
{
    protected override IReadOnlyList<CardAction> SuggestedActionsFor(PromptState state) =>
        [.. state.Choices.Select(CardAction.ImBack)];

    protected override DialogResult? OnRecognize(Activity activity, PromptState state)
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

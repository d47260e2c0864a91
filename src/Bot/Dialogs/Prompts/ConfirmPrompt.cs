using HotlineBot.Activities;

namespace HotlineBot.Dialogs;

/// <summary>A yes/no question with Có / Không quick replies; understands the ways people say yes and no (<see cref="ConfirmRecognizer"/>).</summary>
public sealed class ConfirmPrompt(string id, string yesLabel = "Có", string noLabel = "Không") : Prompt(id)
{
    protected override IReadOnlyList<CardAction> SuggestedActionsFor(PromptState state) =>
        [CardAction.ImBack(yesLabel), CardAction.ImBack(noLabel)];

    protected override DialogResult? OnRecognize(Activity activity, PromptState state)
    {
        foreach (var text in InputTexts(activity))
        {
            if (ConfirmRecognizer.Recognize(text, yesLabel, noLabel) is { } confirmed)
            {
                return new DialogResult { Confirmed = confirmed, Text = text };
            }
        }
        return null;
    }
}

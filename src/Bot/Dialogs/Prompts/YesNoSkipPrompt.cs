using HotlineBot.Activities;

namespace HotlineBot.Dialogs;

/// <summary>
/// A yes/no question the user may skip or use to stop a question set. Quick replies: yes, no, skip. Understands
/// yes and no as <see cref="ConfirmRecognizer"/> does, also when an explanation follows after a comma
/// ("uh, nhiều lần rồi"); skip and stop words as <see cref="SkipRecognizer"/> does. The answer is
/// <see cref="DialogResult.Confirmed"/>, <see cref="DialogResult.Skipped"/> or <see cref="DialogResult.Stopped"/>.
/// </summary>
public sealed class YesNoSkipPrompt(string id, string yesLabel = "Có", string noLabel = "Không", string skipLabel = "Bỏ qua") : Prompt(id)
{
    private static readonly char[] ClauseEnds = [',', '.', ';', ':', '!', '-', '–', '\n'];

    protected override IReadOnlyList<CardAction> SuggestedActionsFor(PromptState state) =>
        [CardAction.ImBack(yesLabel), CardAction.ImBack(noLabel), CardAction.ImBack(skipLabel)];

    protected override DialogResult? OnRecognize(Activity activity, PromptState state) =>
        InputTexts(activity).Select(text => Read(text, yesLabel, noLabel, skipLabel)).FirstOrDefault(r => r is not null);

    /// <summary>The answer <paramref name="text"/> gives, or null if it is not one: skip, then stop, then yes/no.</summary>
    internal static DialogResult? Read(string text, string yesLabel = "Có", string noLabel = "Không", string skipLabel = "Bỏ qua")
    {
        if (TextFolding.Fold(text) == TextFolding.Fold(skipLabel) || SkipRecognizer.IsSkip(text))
        {
            return new DialogResult { Skipped = true, Text = text };
        }
        if (SkipRecognizer.IsStop(text))
        {
            return new DialogResult { Stopped = true, Text = text };
        }
        var firstClause = text.Split(ClauseEnds, 2)[0];
        return (ConfirmRecognizer.Recognize(text, yesLabel, noLabel) ?? ConfirmRecognizer.Recognize(firstClause, yesLabel, noLabel)) is { } confirmed
            ? new DialogResult { Confirmed = confirmed, Text = text }
            : null;
    }
}

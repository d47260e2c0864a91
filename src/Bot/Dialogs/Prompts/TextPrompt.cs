using HotlineBot.Activities;

namespace HotlineBot.Dialogs;

/// <summary>Accepts any non-blank text.</summary>
public sealed class TextPrompt(string id) : Prompt(id)
{
    protected override DialogResult? OnRecognize(Activity activity, PromptState state) =>
        InputTexts(activity).FirstOrDefault() is { } text ? new DialogResult { Text = text } : null;
}

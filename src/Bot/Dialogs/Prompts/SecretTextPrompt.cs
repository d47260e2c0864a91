using System.Text.Json;
using HotlineBot.Activities;
using HotlineBot.Turns;

namespace HotlineBot.Dialogs;

/// <summary>
/// Accepts any non-blank text, like <see cref="TextPrompt"/>, for a secret such as a password: the question carries
/// <c>channelData.hotline.secretInput = true</c>, so our web chat takes the next message in a password field and shows
/// it as dots. (The dialog still withholds the answer from transcripts and logs itself.)
/// </summary>
public sealed class SecretTextPrompt(string id) : Prompt(id)
{
    private static readonly JsonElement SecretInput = JsonDocument.Parse("""{"hotline":{"secretInput":true}}""").RootElement.Clone();

    protected override async Task OnPromptAsync(TurnContext turn, PromptState state, bool isRetry, CancellationToken cancellationToken)
    {
        var text = isRetry ? state.RetryText ?? state.Text : state.Text;
        await turn.SendAsync(turn.Activity.CreateReply(text) with { ChannelData = SecretInput }, cancellationToken);
    }

    protected override DialogResult? OnRecognize(Activity activity, PromptState state) =>
        InputTexts(activity).FirstOrDefault() is { } text ? new DialogResult { Text = text } : null;
}

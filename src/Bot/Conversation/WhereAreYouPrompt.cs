using HotlineBot.Activities;
using HotlineBot.Content;
using HotlineBot.Dialogs;
using HotlineBot.Language;
using HotlineBot.Nearby;
using HotlineBot.Safety;
using HotlineBot.Turns;

namespace HotlineBot.Conversation;

/// <summary>
/// Asks where the person is. Understands a shared location (<see cref="DialogResult.Location"/>, no
/// <see cref="DialogResult.Text"/>), a commune or province typed with or without diacritics, former province names
/// included (<see cref="DialogResult.Text"/> = the gazetteer's name, <see cref="DialogResult.Location"/> = its centre),
/// and "bỏ qua" or the number of the skip quick reply, as SMS offers it (<see cref="DialogResult.Skipped"/>).
/// An unknown name is asked again with the retry text — after the emergency numbers once more if the message
/// sounded like danger ("anh ta đang đập cửa"): the person is not told only that their place was not found.
/// The options' <see cref="PromptOptions.Choices"/> become quick replies (the skip label).
/// </summary>
public sealed class WhereAreYouPrompt(string id, PlaceResolver places, HotlineContent content, EmergencyNumbersText numbers) : Prompt(id)
{
    protected override IReadOnlyList<CardAction> SuggestedActionsFor(PromptState state) =>
        [.. state.Choices.Select(CardAction.ImBack)];

    protected override async Task OnPromptAsync(TurnContext turn, PromptState state, bool isRetry, CancellationToken cancellationToken)
    {
        if (isRetry && turn.Get<TriageResult>()?.Intent == Intent.Emergency)
        {
            await turn.SendAsync(content.Messages.Render(MessageIds.EmergencyNumbers, ("numbers", numbers.Line)), cancellationToken);
        }
        await base.OnPromptAsync(turn, state, isRetry, cancellationToken);
    }

    protected override DialogResult? OnRecognize(Activity activity, PromptState state)
    {
        if (activity.Location is { Latitude: { } latitude, Longitude: { } longitude })
        {
            return new DialogResult { Location = new GeoPoint(latitude, longitude) };
        }
        foreach (var text in InputTexts(activity))
        {
            if (IsChoice(text, state) || SkipRecognizer.IsSkip(text))
            {
                return new DialogResult { Skipped = true };
            }
            if (places.Resolve(text) is { } place)
            {
                return new DialogResult { Text = place.Name, Location = new GeoPoint(place.Latitude, place.Longitude) };
            }
        }
        return null;
    }

    /// <summary>The skip quick reply, by its text or (as SMS shows it) by its number.</summary>
    private static bool IsChoice(string text, PromptState state) =>
        state.Choices.Any(c => TextFolding.Fold(c) == TextFolding.Fold(text))
        || (int.TryParse(text, out var number) && number >= 1 && number <= state.Choices.Count);
}

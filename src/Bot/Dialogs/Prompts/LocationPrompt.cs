using HotlineBot.Activities;

namespace HotlineBot.Dialogs;

/// <summary>
/// Asks where the user is. A shared location (GeoCoordinates entity, or a Place with geo) gives
/// <see cref="DialogResult.Location"/>; typed text gives the place as written in <see cref="DialogResult.Text"/>
/// (turning names into coordinates is the gazetteer's job, not the prompt's).
/// </summary>
public sealed class LocationPrompt(string id) : Prompt(id)
{
    protected override DialogResult? OnRecognize(Activity activity, PromptState state)
    {
        var text = InputTexts(activity).FirstOrDefault();
        if (activity.Location is { Latitude: { } latitude, Longitude: { } longitude })
        {
            return new DialogResult { Location = new GeoPoint(latitude, longitude), Text = text };
        }
        return text is null ? null : new DialogResult { Text = text };
    }
}

using HotlineBot.Channels.Sms;
using HotlineBot.Content;
using HotlineBot.Dialogs;
using HotlineBot.Nearby;
using HotlineBot.State;

namespace HotlineBot.Conversation;

/// <summary>
/// The step the emergency dialog and the shelter finder share: where are you (shared location, a typed commune or
/// province, or skip), then the three best places near there, as short lines through <see cref="Referral.Directory.CitizenView"/>.
/// Leaves the coarse area and the places offered in <see cref="ConversationData.Nearby"/> (for the case) and ends.
/// Built twice: for an emergency, places that take children come first when a child was mentioned; for the shelter
/// finder, only places that take children are shown then.
/// </summary>
public sealed class NearbyHelpDialog(HotlineContent content, PlaceResolver resolver, NearbyHelp nearby)
{
    public WaterfallDialog Build(string id, bool childrenOnlyWhenMentioned) =>
        new(id, AskAsync, (step, ct) => ShowAsync(step, childrenOnlyWhenMentioned, ct));

    private Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Context.Require<ConversationState>().Data.Nearby = new NearbyResult();
        return step.PromptAsync(DialogIds.WhereAreYou, new PromptOptions
        {
            Text = content.Messages.Render(step.Context.Activity.ChannelId == TwilioPayload.ChannelId ? MessageIds.NearbyAskWhereSms : MessageIds.NearbyAskWhere), // a text message cannot share a location
            RetryText = content.Messages.Render(MessageIds.NearbyNotFound),
            Choices = [content.Messages.Render(MessageIds.NearbySkip)],
            MaxAttempts = 2,
        }, ct);
    }

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext step, bool childrenOnlyWhenMentioned, CancellationToken ct)
    {
        var data = step.Context.Require<ConversationState>().Data;
        if (step.Result?.Location is not { } point)
        {
            var said = step.Result?.Skipped == true ? MessageIds.NearbySkipped : MessageIds.NearbyGaveUp;
            await step.Context.SendAsync(content.Messages.Render(said), ct);
            return await step.EndDialogAsync(null, ct);
        }
        var area = step.Result.Text is { } typed && resolver.Resolve(typed) is { } named ? named : resolver.AreaAround(point.Latitude, point.Longitude);
        data.CoarseLocation = new GeoPoint(Math.Round(point.Latitude, 2), Math.Round(point.Longitude, 2));
        var children = data.ChildrenMentioned;
        var places = await nearby.FindAsync(point.Latitude, point.Longitude, childrenOnlyWhenMentioned && children, children, ct);
        data.Nearby = new NearbyResult
        {
            ProvinceId = area.Province.Id,
            Commune = area.Commune?.Name,
            SuggestedPlaceIds = [.. places?.Select(p => p.Id) ?? []],
        };
        var reply = places switch
        {
            null => content.Messages.Render(MessageIds.NearbyUnavailable),
            [] => content.Messages.Render(MessageIds.NearbyNone),
            _ => PlaceLines.Render(content, places.Select(p => p.Citizen)),
        };
        await step.Context.SendAsync(reply, ct);
        return await step.EndDialogAsync(null, ct);
    }
}

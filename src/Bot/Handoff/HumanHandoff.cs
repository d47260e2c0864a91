using HotlineBot.Content;
using HotlineBot.Language;
using HotlineBot.Operators;
using HotlineBot.Referral.Cases;
using HotlineBot.Referral.Directory;
using HotlineBot.Referral.Gazetteer;
using HotlineBot.Safety;
using HotlineBot.State;
using HotlineBot.Transcripts;
using HotlineBot.Turns;
using Microsoft.Extensions.Options;

namespace HotlineBot.Handoff;

/// <summary>
/// The citizen side of "Gặp tư vấn viên": queues a case (once per conversation), emits <c>handoff.initiate</c>, and
/// answers with the place in the queue and an honest estimate — or, outside duty hours, says so and offers a call-back.
/// Without Redis (no case store) it says no human can be reached through this channel and gives the numbers.
/// </summary>
public sealed class HumanHandoff(
    HotlineContent content,
    EmergencyNumbersText numbers,
    IOptions<ConsoleOptions>? console = null,
    TimeProvider? clock = null,
    ITranscriptStore? transcripts = null,
    Gazetteer? gazetteer = null,
    ICaseQueue? queue = null,
    RedisCaseStore? cases = null,
    HandoffStore? store = null)
{
    /// <summary>The cue that marks a call-back case: the operator phones; the conversation itself is not taken over.</summary>
    public const string CallbackCue = "callback-requested";

    /// <summary>What to tell the citizen, and whether to go on to offer a call-back.</summary>
    public sealed record Answer(string Text, bool OfferCallback);

    public async Task<Answer> RequestAsync(TurnContext turn, CancellationToken cancellationToken = default)
    {
        if (queue is null || cases is null || store is null || console is null || clock is null || transcripts is null)
        {
            return new(Say(MessageIds.NotReadyHuman), false);
        }
        var (channel, conversationId) = (turn.Activity.ChannelId ?? "unknown", turn.Activity.Conversation!.Id);
        if (await store.GetLinkAsync(channel, conversationId) is { Active: false } link && await cases.QueuePositionAsync(link.CaseId, cancellationToken) is { } waiting)
        {
            return new(Say(MessageIds.HandoffStillQueued, ("position", waiting.ToString())), false);
        }
        var options = console.Value;
        if (!options.IsOnDuty(clock.GetUtcNow()))
        {
            return new(Say(MessageIds.HandoffOffDuty, ("from", options.OnDutyFrom.ToString("HH:mm")), ("to", options.OnDutyTo.ToString("HH:mm"))), true);
        }
        var newCase = CaseOf(turn, phone: null);
        var id = await queue.EnqueueAsync(turn, newCase, cancellationToken); // tied to this conversation (link, SMS recipient), handoff.initiate sent

        var position = await cases.QueuePositionAsync(id, cancellationToken) ?? 1;
        var online = await store.OperatorsOnlineAsync();
        if (online == 0)
        {
            return new(Say(MessageIds.HandoffQueuedNoEstimate, ("position", position.ToString())), false);
        }
        var minutes = (int)Math.Ceiling(position * options.AverageCaseDuration.TotalMinutes / online);
        return new(Say(MessageIds.HandoffQueued, ("position", position.ToString()), ("minutes", minutes.ToString())), false);
    }

    /// <summary>Queues a call-back case carrying the number (encrypted by the case store); the conversation is not held.</summary>
    public async Task RequestCallbackAsync(TurnContext turn, string phone, CancellationToken cancellationToken = default)
    {
        if (queue is not null)
        {
            await queue.EnqueueAsync(turn, CaseOf(turn, phone), cancellationToken);
        }
    }

    private NewCase CaseOf(TurnContext turn, string? phone)
    {
        var newCase = Conversation.CaseFromConversation.For(turn, CaseRisk.Low); // the same case the emergency dialog makes
        var location = turn.Require<ConversationState>().Data.CoarseLocation;
        return newCase with
        {
            Cues = phone is null ? newCase.Cues : [.. newCase.Cues, CallbackCue],
            ProvinceId = newCase.ProvinceId ?? NearestProvince(location),
            Phone = phone,
        };
    }

    private string? NearestProvince(Dialogs.GeoPoint? at) =>
        at is null || gazetteer is null ? null : gazetteer.Provinces.MinBy(p => GeoMath.HaversineKm(at.Latitude, at.Longitude, p.Latitude, p.Longitude))?.Id;

    private string Say(string id, params (string Name, string Value)[] values) =>
        content.Messages.Render(id, [.. values, ("numbers", numbers.Line)]);
}

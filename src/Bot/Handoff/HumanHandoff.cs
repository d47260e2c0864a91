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
    HandoffStore? store = null,
    HandoffSignals? signals = null)
{
    /// <summary>The actor the audit records when the citizen withdraws their own request.</summary>
    public const string CitizenActor = "citizen";

    /// <summary>The cue that marks a call-back case: the operator phones; the conversation itself is not taken over.</summary>
    public const string CallbackCue = "callback-requested";

    /// <summary>What to tell the citizen, whether to go on to offer a call-back, and whether they now wait in the queue.</summary>
    public sealed record Answer(string Text, bool OfferCallback, bool Queued = false);

    public async Task<Answer> RequestAsync(TurnContext turn, CancellationToken cancellationToken = default)
    {
        if (queue is null || cases is null || store is null || console is null || clock is null || transcripts is null)
        {
            return new(Say(MessageIds.NotReadyHuman), false);
        }
        var (channel, conversationId) = (turn.Activity.ChannelId ?? "unknown", turn.Activity.Conversation!.Id);
        if (await store.GetLinkAsync(channel, conversationId) is { Active: false } link && await cases.QueuePositionAsync(link.CaseId, cancellationToken) is { } waiting)
        {
            turn.Set(link);
            if (await store.ToldAsync(link.CaseId) is { } told)
            {
                await store.SetToldAsync(link.CaseId, told with { Position = waiting, At = clock.GetUtcNow() }); // just heard it: no update for that
            }
            return new(Say(MessageIds.HandoffStillQueued, ("position", waiting.ToString())), false, Queued: true);
        }
        var options = console.Value;
        if (!options.IsOnDuty(clock.GetUtcNow()))
        {
            return new(Say(MessageIds.HandoffOffDuty, ("from", options.OnDutyFrom.ToString("HH:mm")), ("to", options.OnDutyTo.ToString("HH:mm"))), true);
        }
        var newCase = CaseOf(turn, phone: null);
        var id = await queue.EnqueueAsync(turn, newCase, cancellationToken); // tied to this conversation (link, SMS recipient), handoff.initiate sent
        turn.Set(new HandoffLink(id, Active: false)); // the menu that follows offers the cancel button

        var position = await cases.QueuePositionAsync(id, cancellationToken) ?? 1;
        var minutes = QueueStanding.EstimateMinutes(position, await store.OperatorsOnlineAsync(), options.AverageCaseDuration);
        await store.SetToldAsync(id, new QueueStanding(position, minutes, clock.GetUtcNow())); // updates follow from here
        return minutes is null
            ? new(Say(MessageIds.HandoffQueuedNoEstimate, ("position", position.ToString())), false, Queued: true)
            : new(Say(MessageIds.HandoffQueued, ("position", position.ToString()), ("minutes", minutes.Value.ToString())), false, Queued: true);
    }

    /// <summary>
    /// Whether the waiting case is high-risk (an emergency): withdrawing it then needs the citizen to confirm, so a
    /// stray "hủy" never stands down a counsellor who was about to reach someone in danger.
    /// </summary>
    public async Task<bool> IsUrgentAsync(HandoffLink link, CancellationToken cancellationToken = default) =>
        cases is not null && await cases.SummaryAsync(link.CaseId, cancellationToken) is { Risk: CaseRisk.High };

    /// <summary>
    /// Withdraws the request of a citizen still waiting in the queue: the case becomes cancelled (audited with actor
    /// <see cref="CitizenActor"/>), leaves every console's queue at once, and the bot takes the conversation back. If an
    /// operator claimed it a moment before, nothing is cancelled and the citizen is told someone is on the way.
    /// </summary>
    public async Task<string> CancelAsync(TurnContext turn, HandoffLink link, CancellationToken cancellationToken = default)
    {
        if (cases is null || store is null)
        {
            return Say(MessageIds.HandoffCancelled);
        }
        var result = await cases.CancelQueuedAsync(link.CaseId, CitizenActor, cancellationToken);
        if (result == TransitionResult.NotAllowed
            && await cases.SummaryAsync(link.CaseId, cancellationToken) is { Status: CaseStatus.Claimed or CaseStatus.Contacted or CaseStatus.Referred })
        {
            return Say(MessageIds.HandoffCancelTooLate);
        }
        await store.RemoveLinkAsync(turn.Activity.ChannelId ?? "unknown", turn.Activity.Conversation!.Id);
        await store.ForgetToldAsync(link.CaseId);
        if (signals is not null)
        {
            await signals.QueueChangedAsync();
        }
        return Say(MessageIds.HandoffCancelled);
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

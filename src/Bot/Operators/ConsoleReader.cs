using System.Text.Json;
using HotlineBot.Activities;
using HotlineBot.Handoff;
using HotlineBot.Referral.Cases;
using HotlineBot.Referral.Directory;
using HotlineBot.Referral.Gazetteer;
using HotlineBot.State;
using HotlineBot.Transcripts;
using static HotlineBot.Operators.ConsoleViews;

namespace HotlineBot.Operators;

/// <summary>Builds what the console shows from Redis. Reads of one case are audited by the caller's actor id.</summary>
public sealed class ConsoleReader(
    RedisCaseStore cases,
    RedisPlaceStore places,
    HandoffStore handoffs,
    CitizenRelay relay,
    IStorage conversations,
    ITranscriptStore transcripts,
    Gazetteer gazetteer,
    TimeProvider clock)
{
    /// <summary>How many queued cases the queue view lists (the length is always exact).</summary>
    public const int QueuePage = 500;

    public async Task<QueueView> QueueAsync(ConsoleUser user, CancellationToken cancellationToken = default)
    {
        var queued = await cases.QueuedAsync(QueuePage, cancellationToken);
        var held = await HeldAsync(user.Supervises ? null : user.Actor, cancellationToken);
        return new QueueView(
            [.. queued.Select(c => new QueueItem(c.Id, Code(c.Risk), c.Cues, c.Channel, ProvinceName(c.ProvinceId), c.CreatedAt))],
            await cases.QueueLengthAsync(cancellationToken),
            held,
            await handoffs.OperatorsOnlineAsync());
    }

    /// <summary>Cases held by <paramref name="holder"/> (everyone's when null).</summary>
    public async Task<IReadOnlyList<HeldCase>> HeldAsync(string? holder, CancellationToken cancellationToken = default)
    {
        var open = await Task.WhenAll((await handoffs.OpenCasesAsync()).Select(id => cases.SummaryAsync(id, cancellationToken)));
        return [.. open.OfType<ReferralCase>()
            .Where(c => c.Status is CaseStatus.Claimed or CaseStatus.Contacted or CaseStatus.Referred && (holder is null || c.ClaimedBy == holder))
            .OrderBy(c => c.CreatedAt)
            .Select(c => new HeldCase(c.Id, Code(c.Risk), c.Channel, Code(c.Status), c.ClaimedBy))];
    }

    public async Task<CaseView> CaseAsync(ReferralCase c, ConsoleUser user, CancellationToken cancellationToken = default)
    {
        await cases.AuditAsync(c.Id, user.Actor, "view", cancellationToken: cancellationToken);
        var state = await ConversationAsync(c, cancellationToken);
        var notes = await cases.NotesAsync(c.Id, cancellationToken);
        return new CaseView(
            c.Id, Code(c.Status), Code(c.Risk), [.. c.Cues.Union(state?.RiskCues ?? [])], c.Channel, ProvinceName(c.ProvinceId), c.CreatedAt,
            c.ClaimedBy == user.Actor, c.Outcome, relay.CanRelay(c), c.Phone,
            state?.DangerAssessment is { } d ? new DangerView(d.Level.ToString().ToLowerInvariant(), d.Score, d.Reasons, d.Completed) : null,
            [.. notes.Select(n => new NoteView(n.At, n.Who, n.Text))],
            await PlacesNearAsync(c, state, cancellationToken));
    }

    /// <summary>What was said with the bot, then live with operators; audited as a transcript view.</summary>
    public async Task<IReadOnlyList<TranscriptLine>> TranscriptAsync(ReferralCase c, ConsoleUser user, CancellationToken cancellationToken = default)
    {
        await cases.AuditAsync(c.Id, user.Actor, "view-transcript", cancellationToken: cancellationToken);
        var withBot = await transcripts.ReadAsync(c.Channel, c.ConversationId, cancellationToken);
        var live = await handoffs.ReadAsync(c.Id, 0);
        return
        [
            .. withBot.Where(a => a.Type == ActivityTypes.Message && a.Text is not null)
                .Select(a => new TranscriptLine(a.Timestamp, a.From?.Role == "user" ? "citizen" : "bot", a.Text!)),
            .. live.Where(e => e.From != "system").Select(e => new TranscriptLine(e.At, e.From, e.Text)),
        ];
    }

    private async Task<ConversationData?> ConversationAsync(ReferralCase c, CancellationToken cancellationToken)
    {
        var item = await conversations.ReadAsync(ConversationState.KeyFor(c.Channel, c.ConversationId), cancellationToken);
        try
        {
            return item is null ? null : JsonSerializer.Deserialize(item.Json, StateJson.Default.ConversationData);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<IReadOnlyList<PlaceView>> PlacesNearAsync(ReferralCase c, ConversationData? state, CancellationToken cancellationToken)
    {
        var (lat, lon) = state?.CoarseLocation is { } at
            ? (at.Latitude, at.Longitude)
            : c.ProvinceId is not null && gazetteer.Province(c.ProvinceId) is { } p ? (p.Latitude, p.Longitude) : (double.NaN, double.NaN);
        if (double.IsNaN(lat))
        {
            return [];
        }
        var now = clock.GetUtcNow();
        var near = await places.NearestAsync(new NearestQuery(lat, lon, K: 5), cancellationToken);
        return [.. near.Select(m => new PlaceView(m.Place.Id, PlaceCodes.Code(m.Place.Kind), m.Place.Name, m.Place.Address, m.Place.Phones[0],
            Math.Round(m.DistanceKm, 1), m.Place.CapacityAvailable, m.Place.CapacityTotal, PlaceCodes.Code(m.Place.Visibility), m.Place.IsOpenAt(now)))];
    }

    private string? ProvinceName(string? id) => id is null ? null : gazetteer.Province(id)?.Name ?? id;

    private static string Code<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}

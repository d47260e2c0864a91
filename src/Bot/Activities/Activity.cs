using System.Text.Json;
using System.Text.Json.Serialization;

namespace HotlineBot.Activities;

/// <summary>
/// The Bot Framework Activity, as one flat record shaped like its JSON on the wire (Direct Line 3.0).
/// Only the fields HotlineBot uses are typed; unknown fields a client sends are kept in
/// <see cref="Extra"/> so an echoed activity goes back exactly as it came.
/// </summary>
public sealed record Activity
{
    public string Type { get; init; } = ActivityTypes.Message;
    public string? Id { get; init; }
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; init; }
    public DateTimeOffset? LocalTimestamp { get; init; }
    public string? LocalTimezone { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? Locale { get; init; }
    public string? Speak { get; init; }
    public string? InputHint { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public string? AttachmentLayout { get; init; }
    public SuggestedActions? SuggestedActions { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public JsonElement? ChannelData { get; init; }
    public JsonElement? Value { get; init; }
    public string? Name { get; init; }
    public string? ReplyToId { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>
    /// The collaborator the channel vouches for (Direct Line: a token the console issued to a signed-in collaborator).
    /// Set by the adapter from the verified token only: never read from or written to JSON, so a client cannot forge it
    /// and no log or transcript keeps it.
    /// </summary>
    [JsonIgnore]
    public CollaboratorClaim? Collaborator { get; init; }

    /// <summary>Fields this record does not model, kept verbatim for round-tripping.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>The first GeoCoordinates entity, or the geo of the first Place entity that has one.</summary>
    [JsonIgnore]
    public Entity? Location =>
        Entities?.FirstOrDefault(e => e.Type == EntityTypes.GeoCoordinates && e.HasCoordinates)
        ?? Entities?.FirstOrDefault(e => e.Type == EntityTypes.Place && e.Geo is { HasCoordinates: true })?.Geo;

    /// <summary>A reply to this activity from the bot, in the same conversation and channel.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        Conversation = Conversation,
        From = Recipient ?? ChannelAccount.Bot,
        Recipient = From,
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
    };

    /// <summary>The <c>clientActivityID</c> Web Chat puts in channelData, if any.</summary>
    [JsonIgnore]
    public string? ClientActivityId =>
        ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("clientActivityID", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}

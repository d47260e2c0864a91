using System.Text.Json.Serialization;

namespace HotlineBot.Channels.Sms;

/// <summary>One SMS waiting to be handed to Twilio. <see cref="To"/> is the recipient encrypted (<see cref="PhoneProtector"/>), never in clear.</summary>
public sealed record OutboxEntry(string Id, string ConversationId, string To, string Body, DateTimeOffset CreatedAt)
{
    /// <summary>The stored form, as taken from the outbox (to remove exactly that entry once sent).</summary>
    [JsonIgnore]
    public string? Raw { get; init; }
}

using System.Text.Json.Serialization;

namespace HotlineBot.Channels.Sms;

/// <summary>An accepted inbound SMS waiting for its turn. <see cref="From"/> is the sender encrypted, never in clear.</summary>
public sealed record InboxEntry(string MessageSid, string ConversationId, string Text, DateTimeOffset ReceivedAt, string From)
{
    /// <summary>The stored form, as taken from the inbox (to remove exactly that entry once handled).</summary>
    [JsonIgnore]
    public string? Raw { get; init; }
}

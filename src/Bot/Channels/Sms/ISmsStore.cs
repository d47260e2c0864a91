namespace HotlineBot.Channels.Sms;

/// <summary>What the SMS channel remembers per message and per conversation (by conversation id, never by number).</summary>
public interface ISmsStore
{
    /// <summary>True the first time a MessageSid is seen within <paramref name="retention"/>; false for a retry.</summary>
    Task<bool> TryClaimMessageAsync(string messageSid, TimeSpan retention, CancellationToken cancellationToken = default);

    /// <summary>Forgets a claim (the message could not be accepted), so Twilio's retry is handled.</summary>
    Task ReleaseMessageAsync(string messageSid, CancellationToken cancellationToken = default);

    Task SetOptedOutAsync(string conversationId, bool optedOut, CancellationToken cancellationToken = default);

    Task<bool> IsOptedOutAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Remembers whether the person writes without diacritics (so "1" is answered the same way).</summary>
    Task SetPlainTextAsync(string conversationId, bool plain, TimeSpan retention, CancellationToken cancellationToken = default);

    Task<bool?> GetPlainTextAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Turns discreet mode on (kept for <paramref name="retention"/>, renewed by each turn) or off.</summary>
    Task SetDiscreetAsync(string conversationId, bool discreet, TimeSpan retention, CancellationToken cancellationToken = default);

    Task<bool> IsDiscreetAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>True the first time within <paramref name="retention"/>: discreet mode is offered once per conversation.</summary>
    Task<bool> TryMarkDiscreetOfferedAsync(string conversationId, TimeSpan retention, CancellationToken cancellationToken = default);

    /// <summary>Records a delivery status of an outbound message (queued on sending, then Twilio's callbacks).</summary>
    Task RecordStatusAsync(string messageSid, string status, string? errorCode, TimeSpan retention, CancellationToken cancellationToken = default);

    Task<string?> GetStatusAsync(string messageSid, CancellationToken cancellationToken = default);
}

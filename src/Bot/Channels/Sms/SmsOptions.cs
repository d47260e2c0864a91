using System.ComponentModel.DataAnnotations;

namespace HotlineBot.Channels.Sms;

/// <summary>The <c>Sms</c> configuration section: the keys that protect phone numbers, and limits.</summary>
public sealed class SmsOptions
{
    public const string Section = "Sms";

    /// <summary>Base64 of at least 32 bytes: keys the hash of a phone number that names its conversation.</summary>
    [Required]
    public string PhoneHashKey { get; set; } = "";

    /// <summary>Base64 of exactly 32 bytes: AES-256-GCM key of the phone numbers stored in the outbox.</summary>
    [Required]
    public string EncryptionKey { get; set; } = "";

    /// <summary>How long a MessageSid is remembered, so a Twilio retry never produces a second reply.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan MessageSidRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Attempts to hand a reply to Twilio (429, 5xx, network errors) before it is given up.</summary>
    [Range(1, 20)]
    public int MaxSendAttempts { get; set; } = 6;

    /// <summary>Delay before the first retry; doubled for each further one.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Largest webhook body accepted, in bytes.</summary>
    [Range(1024, 1_048_576)]
    public int MaxWebhookBytes { get; set; } = 16 * 1024;

    /// <summary>Texts one number may send per minute before it gets a polite "slow down" (with the numbers) instead of a turn.</summary>
    [Range(1, 10_000)]
    public int PerNumberPerMinute { get; set; } = 20;

    /// <summary>Texts per second this instance accepts from everyone together before answering "slow down".</summary>
    [Range(1, 100_000)]
    public int GlobalPerSecond { get; set; } = 200;

    /// <summary>How long discreet mode stays on after the conversation's last text (each text renews it).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan DiscreetRetention { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Turns of inbound texts run at once (per instance); each mostly waits on Redis round trips.</summary>
    [Range(1, 256)]
    public int TurnWorkers { get; set; } = 16;

    internal static bool IsKey(string? base64, int minBytes, int maxBytes)
    {
        var buffer = new byte[(base64?.Length ?? 0) * 3 / 4 + 3];
        return Convert.TryFromBase64String(base64 ?? "", buffer, out var length) && length >= minBytes && length <= maxBytes;
    }
}

using System.ComponentModel.DataAnnotations;

namespace HotlineBot.Channels.DirectLine;

/// <summary>The <c>DirectLine</c> configuration section.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>Optional shared secret: server-side callers may use it as a bearer instead of a token.</summary>
    [MinLength(16)]
    public string? Secret { get; set; }

    /// <summary>
    /// Key that signs conversation tokens (at least 32 characters). Every instance must share it, and it must survive
    /// restarts, or open conversations lose their tokens. When empty a random key is made at start-up (with a warning).
    /// </summary>
    [MinLength(32)]
    public string? TokenSigningKey { get; set; }

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Origins allowed by CORS (e.g. a provincial site embedding Web Chat). Same-origin always works.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>Largest request body accepted on a post, in bytes.</summary>
    [Range(1024, 1_048_576)]
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>Longest message text accepted, in characters.</summary>
    [Range(16, 100_000)]
    public int MaxTextLength { get; set; } = 4000;

    /// <summary>Token vending limit per client address and minute (citizens are anonymous by design).</summary>
    [Range(1, 100_000)]
    public int TokensPerMinutePerClient { get; set; } = 30;

    /// <summary>How often an idle WebSocket gets an empty keepalive frame.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);
}

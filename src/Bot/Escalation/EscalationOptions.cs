using System.ComponentModel.DataAnnotations;

namespace HotlineBot.Escalation;

/// <summary>The <c>Escalation</c> configuration section: how the bot hands cases to operators when Redis is slow or away.</summary>
public sealed class EscalationOptions
{
    public const string Section = "Escalation";

    /// <summary>Cases kept in memory while Redis cannot take them. Beyond this, the oldest lowest-risk case gives way, loudly.</summary>
    [Range(1, 1_000_000)]
    public int OutboxCapacity { get; set; } = 1000;

    /// <summary>How long a citizen's turn waits for Redis to take a case before it is kept in the outbox instead.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:10")]
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The first pause after a failed outbox write; it doubles after each failure up to <see cref="RetryMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RetryFirstDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}

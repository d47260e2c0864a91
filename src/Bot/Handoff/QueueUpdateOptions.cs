using System.ComponentModel.DataAnnotations;

namespace HotlineBot.Handoff;

/// <summary>Configuration section <c>QueueUpdates</c>: telling a waiting citizen how their place in the queue changes.</summary>
public sealed class QueueUpdateOptions
{
    public const string Section = "QueueUpdates";

    /// <summary>At most one update this often in web chat.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan WebChatInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// At most one update this often by SMS: each text costs money and lights up a phone someone else may see.
    /// None at all in SMS discreet mode (the citizen asked for texts that do not give them away).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SmsInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The queue is looked at on every change (a claim, a cancel, a new case: pub/sub from any instance) and at the
    /// latest this often (operators coming and going change the estimate without a queue change).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How many waiting cases a sweep looks at, most urgent first (the console lists as many).</summary>
    [Range(1, 100_000)]
    public int MaxCases { get; set; } = 1000;
}

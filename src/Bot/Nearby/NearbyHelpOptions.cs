using System.ComponentModel.DataAnnotations;

namespace HotlineBot.Nearby;

/// <summary>The <c>NearbyHelp</c> configuration section: looking up places of help during a conversation.</summary>
public sealed class NearbyHelpOptions
{
    public const string Section = "NearbyHelp";

    /// <summary>How long a citizen's turn waits for the directory (Redis) before saying it cannot list places now.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:10")]
    public TimeSpan LookupTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many nearest places are weighed (open now, free places, children) before the best three are shown.</summary>
    [Range(3, 50)]
    public int Candidates { get; set; } = 8;
}

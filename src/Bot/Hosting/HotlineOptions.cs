using System.ComponentModel.DataAnnotations;

namespace HotlineBot.Hosting;

/// <summary>The <c>Hotline</c> configuration section.</summary>
public sealed class HotlineOptions
{
    public const string Section = "Hotline";

    /// <summary>The URL the outside world uses to reach this service (behind a proxy); null means "as requested".</summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>Folder holding <c>dialogs/</c> and <c>wwwroot/</c>; defaults to the folder of the binary.</summary>
    public string? ContentRoot { get; set; }

    /// <summary>Numbers given in every emergency reply and in the greeting, in order. Defaults: 113, 111, 1800 1768.</summary>
    [Required, MinLength(1)]
    public List<EmergencyNumber> EmergencyNumbers { get; set; } = [];

    /// <summary>How long conversation state is kept after the last turn.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan ConversationRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long transcripts (message text) are kept after the last message.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan TranscriptRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A turn slower than this shows a typing indicator.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:10")]
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(400);
}

/// <summary>A number to call, with the label the citizen sees ("Công an").</summary>
public sealed class EmergencyNumber
{
    [Required, RegularExpression(@"^[0-9 +]{3,20}$")]
    public string Number { get; set; } = "";

    [Required]
    public string Label { get; set; } = "";

    /// <summary>A line for children in danger (111): named once more in an emergency when the person mentions a child.</summary>
    public bool ForChildren { get; set; }
}

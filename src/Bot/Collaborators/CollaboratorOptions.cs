using System.ComponentModel.DataAnnotations;

namespace HotlineBot.Collaborators;

/// <summary>
/// The <c>Collaborators</c> configuration section. Access codes are configured hashed (<c>hash-access-code</c> makes
/// the hash); the codes themselves are never stored anywhere by the service.
/// </summary>
public sealed class CollaboratorOptions
{
    public const string Section = "Collaborators";

    /// <summary>Codes issued by communes or districts. None: the collaborator menu says it is not open here.</summary>
    public List<AccessCodeOptions> AccessCodes { get; set; } = [];

    /// <summary>Wrong codes allowed per conversation before the collaborator area is locked for <see cref="LockoutDuration"/>.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>How long a conversation stays locked after <see cref="MaxAttempts"/> wrong codes.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Code checks allowed per minute on one instance, across all conversations: bounds guessing from many new
    /// conversations and the CPU the deliberately slow hash costs (every configured hash is tried per check).
    /// </summary>
    [Range(1, 10_000)]
    public int CodeChecksPerMinute { get; set; } = 60;

    /// <summary>How long a conversation stays unlocked after a right code (kept in conversation state, so it survives a restart).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan UnlockDuration { get; set; } = TimeSpan.FromHours(8);
}

/// <summary>One access code: who issued it, its hash, and (optionally) the province whose report deadlines apply.</summary>
public sealed class AccessCodeOptions
{
    /// <summary>Who issued the code, shown on unlocking: "UBND xã Thạch Hà".</summary>
    [Required, StringLength(80, MinimumLength = 1)]
    public string Issuer { get; set; } = "";

    /// <summary>ASP.NET Core Identity <c>PasswordHasher</c> (v3) hash of the code, as printed by <c>hash-access-code</c>.</summary>
    [Required]
    public string Hash { get; set; } = "";

    /// <summary>Province id from dialogs/gazetteer/provinces.csv (e.g. <c>lang-son</c>); null uses the default deadlines.</summary>
    public string? Province { get; set; }
}

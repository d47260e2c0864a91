namespace HotlineBot.State;

/// <summary>
/// Whether this conversation has unlocked the collaborator area, until when, and the wrong codes so far. Kept in
/// conversation state, so an unlock survives a restart and the attempt limit cannot be reset by one. Never holds the code.
/// </summary>
public sealed class CollaboratorAccess
{
    /// <summary>Set by a right code; the area is open until then.</summary>
    public DateTimeOffset? UnlockedUntil { get; set; }

    /// <summary>Who issued the code that unlocked ("UBND xã …").</summary>
    public string? Issuer { get; set; }

    /// <summary>The province of that code (its report deadlines apply), if configured.</summary>
    public string? Province { get; set; }

    /// <summary>Wrong codes since the last right one or the last lockout.</summary>
    public int FailedAttempts { get; set; }

    /// <summary>Set when the wrong codes reached the limit: no code is checked until then.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public bool IsUnlocked(DateTimeOffset now) => UnlockedUntil is { } until && now < until;

    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && now < until;
}

namespace HotlineBot.State;

/// <summary>
/// Whether this conversation has opened the collaborator area, for which account and until when, and the failed
/// sign-ins so far. Kept in conversation state, so an unlock survives a restart and the attempt limit cannot be reset by
/// one. Holds the account's id and stamp (checked again on every turn in the area), never its name or password.
/// </summary>
public sealed class CollaboratorAccess
{
    /// <summary>Set by a sign-in; the area is open until then, while the account stays enabled with this stamp.</summary>
    public DateTimeOffset? UnlockedUntil { get; set; }

    /// <summary>The collaborator account that opened the area.</summary>
    public string? AccountId { get; set; }

    /// <summary>That account's stamp at sign-in: a sign-out, password change or disable changes it and closes the area.</summary>
    public string? AccountStamp { get; set; }

    /// <summary>The account's province (its report deadlines apply), if set.</summary>
    public string? Province { get; set; }

    /// <summary>Failed sign-ins since the last good one or the last lockout.</summary>
    public int FailedAttempts { get; set; }

    /// <summary>Set when the failed sign-ins reached the limit: nothing is checked until then.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public bool IsUnlocked(DateTimeOffset now) => UnlockedUntil is { } until && now < until && AccountId is not null && AccountStamp is not null;

    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && now < until;
}

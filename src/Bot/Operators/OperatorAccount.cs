namespace HotlineBot.Operators;

/// <summary>
/// A staff account as stored (<c>hb:users:{name}</c>). <paramref name="Id"/> is what logs and the audit stream name;
/// <paramref name="Stamp"/> changes whenever the password or role changes, which ends every open session of the account.
/// <paramref name="Province"/> (collaborators) picks the report deadlines shown in the collaborator area;
/// a <paramref name="Disabled"/> account cannot sign in anywhere, and its sessions and collaborator chat tokens end.
/// </summary>
public sealed record OperatorAccount(
    string Id,
    string Name,
    string Role,
    string PasswordHash,
    string Stamp,
    int FailedLogins,
    DateTimeOffset? LockedUntil,
    string? Province = null,
    bool Disabled = false);

namespace HotlineBot.Operators;

public enum LoginOutcome
{
    Success,

    /// <summary>Unknown name or wrong password (the same answer for both).</summary>
    Invalid,

    /// <summary>Too many failed attempts: refused until the lockout ends, even with the right password.</summary>
    LockedOut,
}

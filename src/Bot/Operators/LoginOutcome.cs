namespace HotlineBot.Operators;

public enum LoginOutcome
{
    Success,

    /// <summary>Unknown name or wrong password (the same answer for both).</summary>
    Invalid,

    /// <summary>Too many failed attempts: refused until the lockout ends, even with the right password.</summary>
    LockedOut,

    /// <summary>The right password for an account an admin disabled (only said after the password was right).</summary>
    Disabled,
}

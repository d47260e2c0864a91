using Microsoft.AspNetCore.Identity;

namespace HotlineBot.Collaborators;

/// <summary>
/// Hashes and checks access codes with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (v3: PBKDF2 with
/// HMAC-SHA512, a random salt, fixed-time comparison). The hash is what configuration holds.
/// </summary>
public static class AccessCodeHasher
{
    public const int MinCodeLength = 8;
    public const int MaxCodeLength = 128;

    /// <summary>Identity's hasher ignores the user object; one shared instance is thread-safe.</summary>
    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object NoUser = new();

    /// <summary>The v3 format marker: the first byte of the decoded hash.</summary>
    private const byte FormatMarkerV3 = 0x01;

    public static string Hash(string code) => Hasher.HashPassword(NoUser, code);

    /// <summary>True when <paramref name="code"/> is the code behind <paramref name="hash"/>.</summary>
    public static bool Verify(string hash, string code) =>
        code.Length is > 0 and <= MaxCodeLength && IsHash(hash) && Hasher.VerifyHashedPassword(NoUser, hash, code) != PasswordVerificationResult.Failed;

    /// <summary>True when <paramref name="value"/> looks like a v3 hash (so a code pasted by mistake is refused at start-up).</summary>
    public static bool IsHash(string? value)
    {
        var bytes = new byte[256];
        // marker (1) + PRF (4) + iterations (4) + salt length (4) + salt (≥ 16) + subkey (≥ 32)
        return Convert.TryFromBase64String(value ?? "", bytes, out var length) && length >= 61 && bytes[0] == FormatMarkerV3;
    }
}

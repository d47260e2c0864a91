using HotlineBot.Collaborators;

namespace HotlineBot.Tests.Collaborators;

/// <summary>
/// The access codes test configuration supplies: made-up codes, configured hashed exactly as a deployer would
/// (the hashes were printed by <c>hash-access-code</c>), never the codes themselves.
/// </summary>
public static class TestAccessCodes
{
    /// <summary>Issued by a made-up commune of Lạng Sơn (its report deadlines: 15/6 and 15/12).</summary>
    public const string LangSonCode = "ma-thu-nghiem-2026";

    public const string LangSonHash = "AQAAAAIAAYagAAAAEHFB309wvOb/Ffe7b8toWm1br5uL+Y+IszesjkTiIdhqAYW/k0zbUCYs4k3iS6nkIw==";

    public const string LangSonIssuer = "UBND xã Thử Nghiệm, Lạng Sơn";

    public static CollaboratorOptions Options() => new()
    {
        AccessCodes = [new AccessCodeOptions { Issuer = LangSonIssuer, Hash = LangSonHash, Province = "lang-son" }],
        MaxAttempts = 3,
        UnlockDuration = TimeSpan.FromHours(8),
        LockoutDuration = TimeSpan.FromHours(1),
    };
}

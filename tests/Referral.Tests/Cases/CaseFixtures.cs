using System.Security.Cryptography;
using HotlineBot.Referral.Cases;

namespace HotlineBot.ReferralTests.Cases;

public static class CaseFixtures
{
    public static readonly string Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static CaseOptions Options() => new() { EncryptionKey = Key, ClaimTimeout = TimeSpan.FromMinutes(5), CaseRetention = TimeSpan.FromDays(30) };

    public static NewCase Case(CaseRisk risk = CaseRisk.High, string? phone = "0000 000 999", string? notes = "[TEST] ghi chú") =>
        new("webchat", "conv-" + Guid.NewGuid().ToString("N")[..8], risk, ["weapon", "threat-to-kill"], "ha-tinh", "Hồng Lĩnh", ["demo-ht-01"], phone, notes);
}

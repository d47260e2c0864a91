using HotlineBot.Collaborators;
using Microsoft.Extensions.Options;

namespace HotlineBot.Tests.Collaborators;

/// <summary>Access codes are configured hashed and checked with Identity's PasswordHasher; a wrong code opens nothing.</summary>
public sealed class AccessCodeTests
{
    [Fact]
    public void A_hash_verifies_its_code_only_and_never_contains_it()
    {
        var hash = AccessCodeHasher.Hash("ma-cua-xa-thach-ha");

        Assert.True(AccessCodeHasher.IsHash(hash));
        Assert.DoesNotContain("ma-cua-xa-thach-ha", hash);
        Assert.True(AccessCodeHasher.Verify(hash, "ma-cua-xa-thach-ha"));
        Assert.False(AccessCodeHasher.Verify(hash, "ma-cua-xa-thach-hA"));
        Assert.False(AccessCodeHasher.Verify(hash, "ma-cua-xa-thach-h"));
        Assert.False(AccessCodeHasher.Verify(hash, ""));
    }

    [Fact]
    public void Hashing_the_same_code_twice_gives_two_salted_hashes_that_both_verify()
    {
        var first = AccessCodeHasher.Hash("ma-cua-xa-thach-ha");
        var second = AccessCodeHasher.Hash("ma-cua-xa-thach-ha");

        Assert.NotEqual(first, second);
        Assert.True(AccessCodeHasher.Verify(second, "ma-cua-xa-thach-ha"));
    }

    [Theory]
    [InlineData("ma-thu-nghiem-2026")] // the code itself pasted where its hash belongs
    [InlineData("")]
    [InlineData("AQAAAAIAAYagAAAAEHFB309w")] // cut short
    [InlineData("AAAAAAIAAYagAAAAEHFB309wvOb/Ffe7b8toWm1br5uL+Y+IszesjkTiIdhqAYW/k0zbUCYs4k3iS6nkIw==")] // v2 marker
    public void Anything_but_a_v3_hash_is_not_taken_for_one(string value) =>
        Assert.False(AccessCodeHasher.IsHash(value));

    [Fact]
    public void The_verifier_finds_the_issuer_of_the_right_code_among_several()
    {
        var verifier = new AccessCodeVerifier(Options.Create(new CollaboratorOptions
        {
            AccessCodes =
            [
                new AccessCodeOptions { Issuer = "UBND xã A", Hash = AccessCodeHasher.Hash("ma-xa-a-2026") },
                new AccessCodeOptions { Issuer = TestAccessCodes.LangSonIssuer, Hash = TestAccessCodes.LangSonHash, Province = "lang-son" },
            ],
        }));

        Assert.Equal("UBND xã A", verifier.Verify("ma-xa-a-2026")?.Issuer);
        Assert.Equal("lang-son", verifier.Verify("  " + TestAccessCodes.LangSonCode + " ")?.Province);
        Assert.Null(verifier.Verify("ma-xa-b-2026"));
        Assert.Null(verifier.Verify(null));
        Assert.Null(verifier.Verify(new string('x', AccessCodeHasher.MaxCodeLength + 1)));
    }

    [Fact]
    public void Beyond_the_checks_per_minute_nothing_is_checked_not_even_the_right_code()
    {
        using var verifier = new AccessCodeVerifier(Options.Create(new CollaboratorOptions
        {
            AccessCodes = [new AccessCodeOptions { Issuer = TestAccessCodes.LangSonIssuer, Hash = TestAccessCodes.LangSonHash }],
            CodeChecksPerMinute = 2,
        }));

        Assert.True(verifier.TryVerify("ma-sai-thu-nhat", out var first));
        Assert.True(verifier.TryVerify(TestAccessCodes.LangSonCode, out var second));
        Assert.False(verifier.TryVerify(TestAccessCodes.LangSonCode, out var third));

        Assert.Null(first);
        Assert.Equal(TestAccessCodes.LangSonIssuer, second?.Issuer);
        Assert.Null(third);
    }
}

using System.Security.Cryptography;
using HotlineBot.Activities;
using HotlineBot.Channels.Sms;
using Microsoft.Extensions.Primitives;

namespace HotlineBot.Tests.Sms;

public sealed class TwilioPayloadTests
{
    private const string Number = "+84912345678";
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    internal static PhoneProtector Phones(byte hashSeed = 1) =>
        new(Enumerable.Repeat(hashSeed, 32).Select(b => b).ToArray(), Enumerable.Repeat((byte)7, 32).ToArray());

    private static Dictionary<string, StringValues> Form(string from = Number, string body = "toi can giup") => new()
    {
        ["MessageSid"] = "SM0123456789abcdef0123456789abcdef",
        ["SmsSid"] = "SM0123456789abcdef0123456789abcdef",
        ["AccountSid"] = "AC0123456789ABCDEF0123456789ABCDEF",
        ["From"] = from,
        ["To"] = "+15005550006",
        ["Body"] = body,
        ["NumMedia"] = "0",
        ["FromCountry"] = "VN",
    };

    [Fact]
    public void MapsTheFormToAMessageActivity()
    {
        var activity = TwilioPayload.ToActivity(Form(), Phones(), Now);
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("sms", activity.ChannelId);
        Assert.Equal("SM0123456789abcdef0123456789abcdef", activity.Id);
        Assert.Equal("toi can giup", activity.Text);
        Assert.Equal(Now, activity.Timestamp);
        Assert.Equal(activity.Conversation!.Id, activity.From!.Id);
        Assert.Equal("user", activity.From.Role);
        Assert.Equal(ChannelAccount.Bot, activity.Recipient);
    }

    [Fact]
    public void TheConversationIsAKeyedHashNeverTheNumber()
    {
        var activity = TwilioPayload.ToActivity(Form(), Phones(), Now);
        var json = System.Text.Json.JsonSerializer.Serialize(activity);
        Assert.DoesNotContain("912345678", json);
        Assert.Matches("^sms-[0-9a-f]{32}$", activity.Conversation!.Id);
        Assert.Equal(activity.Conversation.Id, TwilioPayload.ToActivity(Form(body: "khac"), Phones(), Now).Conversation!.Id);
        Assert.NotEqual(activity.Conversation.Id, TwilioPayload.ToActivity(Form(from: "+84912345679"), Phones(), Now).Conversation!.Id);
        Assert.NotEqual(activity.Conversation.Id, TwilioPayload.ToActivity(Form(), Phones(hashSeed: 2), Now).Conversation!.Id);
    }

    [Fact]
    public void TheVietnameseBodyIsKeptAsSent() =>
        Assert.Equal("Tôi bị chồng đánh 😢", TwilioPayload.ToActivity(Form(body: "Tôi bị chồng đánh 😢"), Phones(), Now).Text);

    [Fact]
    public void NumbersAreStoredOnlyEncrypted()
    {
        var phones = Phones();
        var sealed1 = phones.Encrypt(Number);
        var sealed2 = phones.Encrypt(Number);
        Assert.DoesNotContain("912345678", sealed1);
        Assert.NotEqual(sealed1, sealed2); // random nonce
        Assert.Equal(Number, phones.Decrypt(sealed1));
        Assert.StartsWith("v1:", sealed1);
        var tampered = Convert.FromBase64String(sealed1["v1:".Length..]);
        tampered[^1] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => phones.Decrypt("v1:" + Convert.ToBase64String(tampered)));
    }
}

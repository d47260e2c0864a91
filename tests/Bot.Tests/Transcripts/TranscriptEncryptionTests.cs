using System.Text.Json;
using HotlineBot.Activities;
using HotlineBot.Hosting;
using HotlineBot.Referral.Cases;
using HotlineBot.Tests.State;
using HotlineBot.Transcripts;
using Microsoft.Extensions.Options;
using Xunit;

namespace HotlineBot.Tests.Transcripts;

/// <summary>What a person told the bot is kept for the operator, but Redis only ever holds it encrypted.</summary>
public sealed class TranscriptEncryptionTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    public static readonly IOptions<CaseOptions> Key =
        Options.Create(new CaseOptions { EncryptionKey = Convert.ToBase64String(Enumerable.Range(7, 32).Select(i => (byte)i).ToArray()) });

    private static readonly IOptions<HotlineOptions> Retention = Options.Create(new HotlineOptions { TranscriptRetention = TimeSpan.FromMinutes(10) });

    [Fact]
    public async Task Redis_holds_no_word_of_the_conversation_yet_the_transcript_reads_back_whole()
    {
        var store = new RedisTranscriptStore(redis.Connection, Retention, Key);
        var conversation = "enc-" + Guid.NewGuid().ToString("N");

        await store.AppendAsync("sms", conversation, [Said(conversation, "chồng tôi đánh tôi ở Thạch Hà", "user"), Said(conversation, "Mình đây.", "bot")]);
        var transcript = await store.ReadAsync("sms", conversation);

        Assert.Equal(["chồng tôi đánh tôi ở Thạch Hà", "Mình đây."], transcript.Select(a => a.Text));
        var raw = await redis.Connection.GetDatabase().ListRangeAsync($"hb:transcript:sms:{{{conversation}}}");
        Assert.Equal(2, raw.Length);
        Assert.All(raw, v => Assert.StartsWith("v1:", (string)v!));
        Assert.DoesNotContain(raw, v => ((string)v!).Contains("Thạch", StringComparison.Ordinal) || ((string)v!).Contains("\"text\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_transcript_written_before_encryption_is_still_read_and_a_copied_entry_does_not_decrypt_elsewhere()
    {
        var store = new RedisTranscriptStore(redis.Connection, Retention, Key);
        var conversation = "old-" + Guid.NewGuid().ToString("N");
        var db = redis.Connection.GetDatabase();
        await db.ListRightPushAsync($"hb:transcript:directline:{{{conversation}}}", JsonSerializer.Serialize(Said(conversation, "tin nhắn cũ", "user"), ActivityJson.Default.Activity));
        await store.AppendAsync("directline", conversation, [Said(conversation, "tin nhắn mới", "user")]);
        var other = "other-" + Guid.NewGuid().ToString("N");
        var copied = await db.ListGetByIndexAsync($"hb:transcript:directline:{{{conversation}}}", 1);
        await db.ListRightPushAsync($"hb:transcript:directline:{{{other}}}", copied);

        Assert.Equal(["tin nhắn cũ", "tin nhắn mới"], (await store.ReadAsync("directline", conversation)).Select(a => a.Text));
        Assert.Empty(await store.ReadAsync("directline", other));
    }

    private static Activity Said(string conversation, string text, string role) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "sms",
        Conversation = new ConversationAccount(conversation),
        From = new ChannelAccount(role == "user" ? "u1" : "bot", Role: role),
        Text = text,
    };
}

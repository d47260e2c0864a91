using HotlineBot.Channels.Sms;
using HotlineBot.Tests.State;

namespace HotlineBot.Tests.Sms;

/// <summary>The SMS store contract against a real redis-server.</summary>
public sealed class RedisSmsStoreTests(RedisFixture redis) : SmsStoreContract, IClassFixture<RedisFixture>
{
    protected override IOutbox Outbox { get; } = new RedisOutbox(redis.Connection, Seal);

    protected override ISmsStore Store { get; } = new RedisSmsStore(redis.Connection);

    protected override IInbox Inbox { get; } = new RedisInbox(redis.Connection, Seal);

    private static readonly SmsQueueSeal Seal = new(Transcripts.TranscriptEncryptionTests.Key);

    protected override bool Durable => true;

    [Fact]
    public async Task A_message_sid_is_forgotten_after_its_retention()
    {
        var sid = "SM" + Guid.NewGuid().ToString("N");
        Assert.True(await Store.TryClaimMessageAsync(sid, TimeSpan.FromMinutes(5)));
        var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync("hb:sms:seen:" + sid);
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task Texts_wait_in_the_inbox_and_outbox_sealed_and_come_out_as_written()
    {
        var sid = "SM" + Guid.NewGuid().ToString("N");
        await Inbox.AcceptAsync(new InboxEntry(sid, "sms-seal", "chong toi dang o ngoai cua", DateTimeOffset.UtcNow, "sealed-number"), TimeSpan.FromMinutes(5));
        await Outbox.EnqueueAsync(new OutboxEntry("out-" + sid, "sms-seal", "sealed-number", "Ban co an toan khong?", DateTimeOffset.UtcNow));
        var db = redis.Connection.GetDatabase();
        var raw = string.Join("\n", (await db.ListRangeAsync("hb:sms:inbox")).Concat(await db.ListRangeAsync("hb:sms:outbox")).Select(v => (string)v!));

        Assert.Contains(sid, raw);
        Assert.DoesNotContain("ngoai cua", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("an toan", raw, StringComparison.Ordinal);
        Assert.Equal("chong toi dang o ngoai cua", (await Inbox.TakeAsync())!.Text);
        Assert.Equal("Ban co an toan khong?", (await Outbox.TakeAsync())!.Body);
    }
}

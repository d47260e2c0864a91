using HotlineBot.Channels.Sms;
using HotlineBot.Tests.State;
using StackExchange.Redis;

namespace HotlineBot.Tests.Sms;

/// <summary>
/// The SMS store contract against a real redis-server. The queues under test use their own connection, which a
/// "crash" closes without giving anything back; the next process uses the fixture's connection.
/// </summary>
public sealed class RedisSmsStoreTests(RedisFixture redis) : SmsStoreContract, IClassFixture<RedisFixture>, IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromMilliseconds(400);

    private readonly ConnectionMultiplexer _process = ConnectionMultiplexer.Connect(redis.ConnectionString);

    protected override IOutbox Outbox => field ??= new RedisOutbox(_process, Seal, Lease);

    protected override ISmsStore Store { get; } = new RedisSmsStore(redis.Connection);

    protected override IInbox Inbox => field ??= new RedisInbox(_process, Seal, Lease);

    private static readonly SmsQueueSeal Seal = new(Transcripts.TranscriptEncryptionTests.Key);

    protected override bool Durable => true;

    protected override async Task<IOutbox> OutboxAfterCrashAsync()
    {
        await CrashAsync();
        return new RedisOutbox(redis.Connection, Seal, Lease);
    }

    protected override async Task<IInbox> InboxAfterCrashAsync()
    {
        await CrashAsync();
        return new RedisInbox(redis.Connection, Seal, Lease);
    }

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
        var inbound = await Inbox.TakeAsync();
        var outbound = await Outbox.TakeAsync();
        Assert.Equal("chong toi dang o ngoai cua", inbound!.Text);
        Assert.Equal("Ban co an toan khong?", outbound!.Body);
        await Inbox.CompleteAsync(inbound); // nothing left in flight for the next test to recover
        await Outbox.CompleteAsync(outbound);
    }

    [Fact]
    public async Task A_second_instance_starting_leaves_alone_the_reply_a_live_instance_is_sending()
    {
        await DrainAsync();
        var first = new RedisOutbox(redis.Connection, Seal, Lease);
        await first.EnqueueAsync(new OutboxEntry(Guid.NewGuid().ToString("N"), "sms-conv", "sealed", "đang gửi", DateTimeOffset.UtcNow));
        var sending = await first.TakeAsync();

        var second = new RedisOutbox(redis.Connection, Seal, Lease);
        Assert.Equal(0, await second.RecoverAsync());
        await Task.Delay(Lease * 3); // the first instance is alive: it renews its lease meanwhile
        Assert.Equal(0, await second.RecoverAsync());
        Assert.Null(await second.TakeAsync()); // not sent twice

        await first.CompleteAsync(sending!);
        await first.DisposeAsync();
        await second.DisposeAsync();
    }

    [Fact]
    public async Task An_instance_that_stops_cleanly_gives_back_at_once_what_it_held()
    {
        await DrainAsync();
        var stopping = new RedisOutbox(redis.Connection, Seal, TimeSpan.FromMinutes(10));
        await stopping.EnqueueAsync(new OutboxEntry(Guid.NewGuid().ToString("N"), "sms-conv", "sealed", "chưa gửi", DateTimeOffset.UtcNow));
        Assert.NotNull(await stopping.TakeAsync());

        await stopping.DisposeAsync();

        var next = new RedisOutbox(redis.Connection, Seal, Lease);
        Assert.Equal("chưa gửi", (await next.TakeAsync())!.Body); // no ten-minute lease to wait out
        await next.DisposeAsync();
    }

    public void Dispose() => _process.Dispose();

    private async Task CrashAsync()
    {
        await _process.CloseAsync(allowCommandsToComplete: false);
        await Task.Delay(Lease * 2);
    }

    private async Task DrainAsync()
    {
        var drain = new RedisOutbox(redis.Connection, Seal, Lease);
        while (await drain.TakeAsync() is { } stale)
        {
            await drain.CompleteAsync(stale);
        }
        await drain.DisposeAsync();
    }
}

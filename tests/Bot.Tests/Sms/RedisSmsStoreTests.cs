using HotlineBot.Channels.Sms;
using HotlineBot.Tests.State;

namespace HotlineBot.Tests.Sms;

/// <summary>The SMS store contract against a real redis-server.</summary>
public sealed class RedisSmsStoreTests(RedisFixture redis) : SmsStoreContract, IClassFixture<RedisFixture>
{
    protected override IOutbox Outbox { get; } = new RedisOutbox(redis.Connection);

    protected override ISmsStore Store { get; } = new RedisSmsStore(redis.Connection);

    protected override IInbox Inbox { get; } = new RedisInbox(redis.Connection);

    protected override bool Durable => true;

    [Fact]
    public async Task A_message_sid_is_forgotten_after_its_retention()
    {
        var sid = "SM" + Guid.NewGuid().ToString("N");
        Assert.True(await Store.TryClaimMessageAsync(sid, TimeSpan.FromMinutes(5)));
        var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync("hb:sms:seen:" + sid);
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
    }
}

using StackExchange.Redis;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// SMS facts in Redis: <c>hb:sms:seen:{sid}</c> (SET NX with TTL), the opted-out set <c>hb:sms:optout</c>,
/// <c>hb:sms:plain:{conversation}</c>, <c>hb:sms:discreet:{conversation}</c> and <c>hb:sms:offered:{conversation}</c>
/// (strings with TTL) and <c>hb:sms:status:{sid}</c> (hash with TTL).
/// </summary>
public sealed class RedisSmsStore(IConnectionMultiplexer redis) : ISmsStore
{
    private static readonly RedisKey OptOut = "hb:sms:optout";
    private readonly IDatabase _db = redis.GetDatabase();

    private static RedisKey Seen(string sid) => "hb:sms:seen:" + sid;

    private static RedisKey Plain(string conversationId) => "hb:sms:plain:" + conversationId;

    private static RedisKey Discreet(string conversationId) => "hb:sms:discreet:" + conversationId;

    private static RedisKey Offered(string conversationId) => "hb:sms:offered:" + conversationId;

    private static RedisKey Status(string sid) => "hb:sms:status:" + sid;

    public Task<bool> TryClaimMessageAsync(string messageSid, TimeSpan retention, CancellationToken cancellationToken = default) =>
        _db.StringSetAsync(Seen(messageSid), 1, retention, When.NotExists);

    public Task ReleaseMessageAsync(string messageSid, CancellationToken cancellationToken = default) =>
        _db.KeyDeleteAsync(Seen(messageSid));

    public Task SetOptedOutAsync(string conversationId, bool optedOut, CancellationToken cancellationToken = default) =>
        optedOut ? _db.SetAddAsync(OptOut, conversationId) : _db.SetRemoveAsync(OptOut, conversationId);

    public Task<bool> IsOptedOutAsync(string conversationId, CancellationToken cancellationToken = default) =>
        _db.SetContainsAsync(OptOut, conversationId);

    public Task SetPlainTextAsync(string conversationId, bool plain, TimeSpan retention, CancellationToken cancellationToken = default) =>
        _db.StringSetAsync(Plain(conversationId), plain ? 1 : 0, retention);

    public async Task<bool?> GetPlainTextAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var value = await _db.StringGetAsync(Plain(conversationId));
        return value.IsNull ? null : (int)value == 1;
    }

    public Task SetDiscreetAsync(string conversationId, bool discreet, TimeSpan retention, CancellationToken cancellationToken = default) =>
        discreet ? _db.StringSetAsync(Discreet(conversationId), 1, retention) : _db.KeyDeleteAsync(Discreet(conversationId));

    public Task<bool> IsDiscreetAsync(string conversationId, CancellationToken cancellationToken = default) =>
        _db.KeyExistsAsync(Discreet(conversationId));

    public Task<bool> TryMarkDiscreetOfferedAsync(string conversationId, TimeSpan retention, CancellationToken cancellationToken = default) =>
        _db.StringSetAsync(Offered(conversationId), 1, retention, When.NotExists);

    public async Task RecordStatusAsync(string messageSid, string status, string? errorCode, TimeSpan retention, CancellationToken cancellationToken = default)
    {
        var key = Status(messageSid);
        // Pipelined (one round trip): Redis runs them in order, so the expiry always follows the write.
        var write = _db.HashSetAsync(key, [new HashEntry("status", status), new HashEntry("error", errorCode ?? "")]);
        var expire = _db.KeyExpireAsync(key, retention);
        await Task.WhenAll(write, expire);
    }

    public async Task<string?> GetStatusAsync(string messageSid, CancellationToken cancellationToken = default)
    {
        var value = await _db.HashGetAsync(Status(messageSid), "status");
        return value.IsNull ? null : (string)value!;
    }
}

using StackExchange.Redis;

namespace HotlineBot.State;

/// <summary>
/// <see cref="IStorage"/> on Redis: one hash per document under <c>hb:{key}</c> holding the JSON (<c>d</c>) and its
/// ETag (<c>e</c>). Writes are one Lua script, so the ETag check and the write are atomic across instances.
/// </summary>
public sealed class RedisStorage(IConnectionMultiplexer redis) : IStorage
{
    private const string WriteScript = """
        local current = redis.call('HGET', KEYS[1], 'e')
        local expected = ARGV[2]
        if expected ~= '*' then
          if expected == '' then
            if current then return false end
          elseif current ~= expected then
            return false
          end
        end
        redis.call('HSET', KEYS[1], 'd', ARGV[1], 'e', ARGV[3])
        if tonumber(ARGV[4]) > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[4]) else redis.call('PERSIST', KEYS[1]) end
        return ARGV[3]
        """;

    private static readonly RedisValue[] Fields = ["d", "e"];
    private readonly IDatabase _db = redis.GetDatabase();

    public static RedisKey KeyFor(string key) => "hb:" + key;

    public async Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var values = await _db.HashGetAsync(KeyFor(key), Fields);
        return values[0].IsNull || values[1].IsNull ? null : new StoreItem(values[0]!, values[1]!);
    }

    public async Task<string> WriteAsync(string key, string json, string? eTag, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        var fresh = Guid.NewGuid().ToString("N");
        var ttlMs = timeToLive is { } ttl ? Math.Max(1, (long)ttl.TotalMilliseconds) : 0;
        var result = await _db.ScriptEvaluateAsync(WriteScript, [KeyFor(key)], [json, eTag ?? "", fresh, ttlMs]);
        return result.IsNull ? throw new StorageConflictException(key) : fresh;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => _db.KeyDeleteAsync(KeyFor(key));

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _db.PingAsync();
            return true;
        }
        catch (RedisException)
        {
            return false;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}

using HotlineBot.Referral.Cases;
using HotlineBot.Referral.Privacy;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HotlineBot.State;

/// <summary>
/// <see cref="IStorage"/> on Redis: one hash per document under <c>hb:{key}</c> holding the JSON (<c>d</c>) and its
/// ETag (<c>e</c>). Writes are one Lua script, so the ETag check and the write are atomic across instances. The JSON
/// (risk, danger-assessment answers, coarse location…) is AES-GCM-encrypted with the case key and bound to its key
/// (<see cref="FieldCipher"/>); a document written before encryption (plain JSON) is still read, and one that no longer
/// decrypts (the key was changed) reads as empty — the conversation starts afresh instead of failing every turn.
/// </summary>
public sealed class RedisStorage(IConnectionMultiplexer redis, IOptions<CaseOptions> keys, ILogger<RedisStorage>? log = null) : IStorage
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
    private readonly FieldCipher _cipher = new(keys.Value.EncryptionKey);

    public static RedisKey KeyFor(string key) => "hb:" + key;

    public async Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var values = await _db.HashGetAsync(KeyFor(key), Fields);
        if (values[0].IsNull || values[1].IsNull)
        {
            return null;
        }
        var stored = (string)values[0]!;
        if (!stored.StartsWith("v1:", StringComparison.Ordinal))
        {
            return new StoreItem(stored, values[1]!);
        }
        try
        {
            return new StoreItem(_cipher.Decrypt(stored, "state:" + key), values[1]!);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            log?.LogWarning("State document {Key} no longer decrypts (was Referral:EncryptionKey changed?): read as empty", key);
            return new StoreItem("{}", values[1]!);
        }
    }

    public async Task<string> WriteAsync(string key, string json, string? eTag, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        var fresh = Guid.NewGuid().ToString("N");
        var ttlMs = timeToLive is { } ttl ? Math.Max(1, (long)ttl.TotalMilliseconds) : 0;
        var result = await _db.ScriptEvaluateAsync(WriteScript, [KeyFor(key)], [_cipher.Encrypt(json, "state:" + key), eTag ?? "", fresh, ttlMs]);
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

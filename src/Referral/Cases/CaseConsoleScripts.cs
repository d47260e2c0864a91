namespace HotlineBot.Referral.Cases;

/// <summary>Lua for what operators do to one case (claim it by id, hand it to someone else); each call is atomic and audited.</summary>
internal static class CaseConsoleScripts
{
    /// <summary>
    /// KEYS: case, queue, claims, audit. ARGV: id, operator, now, claim expiry ms, ttl seconds.
    /// 1 claimed, 0 not queued (someone else was faster, or it is closed), -1 unknown case.
    /// </summary>
    public const string ClaimById = """
        local status = redis.call('HGET', KEYS[1], 'status')
        if not status then return -1 end
        if status ~= 'queued' then return 0 end
        redis.call('HSET', KEYS[1], 'status', 'claimed', 'claimed_by', ARGV[2])
        redis.call('ZREM', KEYS[2], ARGV[1])
        redis.call('ZADD', KEYS[3], ARGV[4], ARGV[1])
        redis.call('EXPIRE', KEYS[1], ARGV[5])
        redis.call('XADD', KEYS[4], '*', 'who', ARGV[2], 'at', ARGV[3], 'entity', 'case:' .. ARGV[1], 'action', 'claim',
          'before', cjson.encode({status = 'queued'}), 'after', cjson.encode({status = 'claimed', claimed_by = ARGV[2]}))
        return 1
        """;

    /// <summary>
    /// KEYS: case, audit. ARGV: id, actor, new holder, now, ttl seconds, required current holder ('' = anyone: a supervisor).
    /// 1 done, 0 not held (queued, closed, cancelled), -1 unknown case, -2 held by someone other than required.
    /// </summary>
    public const string Reassign = """
        local status = redis.call('HGET', KEYS[1], 'status')
        if not status then return -1 end
        if status ~= 'claimed' and status ~= 'contacted' and status ~= 'referred' then return 0 end
        local holder = redis.call('HGET', KEYS[1], 'claimed_by')
        if ARGV[6] ~= '' and holder ~= ARGV[6] then return -2 end
        redis.call('HSET', KEYS[1], 'claimed_by', ARGV[3])
        redis.call('EXPIRE', KEYS[1], ARGV[5])
        redis.call('XADD', KEYS[2], '*', 'who', ARGV[2], 'at', ARGV[4], 'entity', 'case:' .. ARGV[1], 'action', 'reassign',
          'before', cjson.encode({claimed_by = holder}), 'after', cjson.encode({claimed_by = ARGV[3]}))
        return 1
        """;
}

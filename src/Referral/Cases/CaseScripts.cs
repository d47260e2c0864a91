namespace HotlineBot.Referral.Cases;

/// <summary>
/// Lua for the case queue: each call changes the case hash, the queue and claim sets, and appends its audit entry
/// atomically. Case hashes are addressed as <c>{prefix}{id}</c> inside the scripts (single-node Redis; a cluster
/// would need the case and queue keys in one hash slot).
/// </summary>
internal static class CaseScripts
{
    /// <summary>KEYS: case, queue, audit. ARGV: id, who, now, score, ttl seconds, field/value pairs. 1 = created, 0 = id taken.</summary>
    public const string Create = """
        if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
        redis.call('HSET', KEYS[1], 'status', 'queued', 'queue_score', ARGV[4], unpack(ARGV, 6))
        redis.call('EXPIRE', KEYS[1], ARGV[5])
        redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
        redis.call('XADD', KEYS[3], '*', 'who', ARGV[2], 'at', ARGV[3], 'entity', 'case:' .. ARGV[1], 'action', 'create',
          'before', cjson.encode({status = 'new'}), 'after', cjson.encode({status = 'queued'}))
        return 1
        """;

    /// <summary>
    /// KEYS: queue, claims, audit. ARGV: operator, now, now ms, claim timeout ms, case key prefix, ttl seconds.
    /// First returns expired claims to the queue, then pops the best queued case and claims it. Returns its id or nil.
    /// </summary>
    public const string Claim = """
        local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[3])
        for _, id in ipairs(expired) do
          local key = ARGV[5] .. id
          redis.call('ZREM', KEYS[2], id)
          if redis.call('HGET', key, 'status') == 'claimed' then
            local by = redis.call('HGET', key, 'claimed_by')
            redis.call('HSET', key, 'status', 'queued', 'claimed_by', '')
            redis.call('ZADD', KEYS[1], redis.call('HGET', key, 'queue_score'), id)
            redis.call('XADD', KEYS[3], '*', 'who', 'claim-timeout', 'at', ARGV[2], 'entity', 'case:' .. id, 'action', 'requeue',
              'before', cjson.encode({status = 'claimed', claimed_by = by}), 'after', cjson.encode({status = 'queued'}))
          end
        end
        while true do
          local head = redis.call('ZRANGE', KEYS[1], 0, 0)
          if #head == 0 then return false end
          local id = head[1]
          redis.call('ZREM', KEYS[1], id)
          local key = ARGV[5] .. id
          if redis.call('HGET', key, 'status') == 'queued' then
            redis.call('HSET', key, 'status', 'claimed', 'claimed_by', ARGV[1])
            redis.call('EXPIRE', key, ARGV[6])
            redis.call('ZADD', KEYS[2], tonumber(ARGV[3]) + tonumber(ARGV[4]), id)
            redis.call('XADD', KEYS[3], '*', 'who', ARGV[1], 'at', ARGV[2], 'entity', 'case:' .. id, 'action', 'claim',
              'before', cjson.encode({status = 'queued'}), 'after', cjson.encode({status = 'claimed', claimed_by = ARGV[1]}))
            return id
          end
        end
        """;

    /// <summary>
    /// KEYS: case, claims, queue, audit. ARGV: id, who, now, to, allowed from (comma-separated), outcome, ttl seconds.
    /// Returns 1 done, 0 not allowed from the current status, -1 unknown case, -2 claimed by someone else.
    /// </summary>
    public const string Transition = """
        local status = redis.call('HGET', KEYS[1], 'status')
        if not status then return -1 end
        local allowed = false
        for s in string.gmatch(ARGV[5], '[^,]+') do
          if s == status then allowed = true end
        end
        if not allowed then return 0 end
        if status == 'claimed' and redis.call('HGET', KEYS[1], 'claimed_by') ~= ARGV[2] then return -2 end
        redis.call('HSET', KEYS[1], 'status', ARGV[4])
        if ARGV[6] ~= '' then redis.call('HSET', KEYS[1], 'outcome', ARGV[6]) end
        redis.call('ZREM', KEYS[2], ARGV[1])
        redis.call('ZREM', KEYS[3], ARGV[1])
        if ARGV[4] == 'queued' then
          redis.call('HSET', KEYS[1], 'claimed_by', '')
          redis.call('ZADD', KEYS[3], redis.call('HGET', KEYS[1], 'queue_score'), ARGV[1])
        end
        redis.call('EXPIRE', KEYS[1], ARGV[7])
        redis.call('XADD', KEYS[4], '*', 'who', ARGV[2], 'at', ARGV[3], 'entity', 'case:' .. ARGV[1], 'action', 'transition',
          'before', cjson.encode({status = status}), 'after', cjson.encode({status = ARGV[4], outcome = ARGV[6]}))
        return 1
        """;
}

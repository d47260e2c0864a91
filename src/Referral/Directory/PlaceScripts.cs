namespace HotlineBot.Referral.Directory;

/// <summary>The Lua scripts that make each directory change atomic together with its audit entry.</summary>
internal static class PlaceScripts
{
    /// <summary>
    /// KEYS: place hash, geo set, audit stream. ARGV: id, who, when, lon, lat, expect, action, then field/value pairs.
    /// <c>expect</c>: '' = create or replace (import); 'new' = the place must not exist yet; a number = the place must
    /// exist at that revision (an edit), and keeps its stored <c>capacity_total</c>.
    /// An existing place keeps its live <c>capacity_available</c> (clamped to the new total), so re-importing a
    /// file neither resets occupancy nor writes anything when nothing else changed. Every write adds 1 to the
    /// place's revision (field <c>rev</c>, not audited). Returns {result, revision}: 1 written, 0 unchanged,
    /// -1 missing, -2 already exists, -3 stale revision.
    /// </summary>
    public const string Upsert = """
        local old = redis.call('HGETALL', KEYS[1])
        local before = {}
        for i = 1, #old, 2 do before[old[i]] = old[i + 1] end
        local rev = tonumber(before['rev'] or '0')
        before['rev'] = nil
        local expect = ARGV[6]
        if expect == 'new' and #old > 0 then return {-2, rev} end
        if expect ~= '' and expect ~= 'new' then
          if #old == 0 then return {-1, 0} end
          if tonumber(expect) ~= rev then return {-3, rev} end
        end
        local after = {}
        for i = 8, #ARGV, 2 do after[ARGV[i]] = ARGV[i + 1] end
        if #old > 0 then
          if expect ~= '' then after['capacity_total'] = before['capacity_total'] end
          local total = tonumber(after['capacity_total'])
          local avail = tonumber(before['capacity_available'])
          if avail > total then avail = total end
          after['capacity_available'] = tostring(avail)
        end
        local changed = false
        for k, v in pairs(after) do
          if before[k] ~= v then changed = true end
        end
        for k, _ in pairs(before) do
          if after[k] == nil then changed = true end
        end
        if not changed then return {0, rev} end
        local b = ''
        if #old > 0 then b = cjson.encode(before) end
        local a = cjson.encode(after)
        rev = rev + 1
        after['rev'] = tostring(rev)
        redis.call('DEL', KEYS[1])
        local flat = {}
        for k, v in pairs(after) do flat[#flat + 1] = k; flat[#flat + 1] = v end
        redis.call('HSET', KEYS[1], unpack(flat))
        redis.call('GEOADD', KEYS[2], ARGV[4], ARGV[5], ARGV[1])
        redis.call('XADD', KEYS[3], '*', 'who', ARGV[2], 'at', ARGV[3], 'entity', 'place:' .. ARGV[1],
          'action', ARGV[7], 'before', b, 'after', a)
        return {1, rev}
        """;

    /// <summary>
    /// KEYS: place hash, audit stream. ARGV: id, who, when, status code. A status change is an edit: it adds 1 to the
    /// revision, so an edit form opened before it is refused as stale. Returns {result, revision}: 1 changed,
    /// 0 already so, -1 missing.
    /// </summary>
    public const string SetStatus = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return {-1, 0} end
        local old = redis.call('HGET', KEYS[1], 'status')
        local rev = tonumber(redis.call('HGET', KEYS[1], 'rev') or '0')
        if old == ARGV[4] then return {0, rev} end
        rev = rev + 1
        redis.call('HSET', KEYS[1], 'status', ARGV[4], 'rev', rev)
        redis.call('XADD', KEYS[2], '*', 'who', ARGV[2], 'at', ARGV[3], 'entity', 'place:' .. ARGV[1],
          'action', 'status', 'before', cjson.encode({status = old}), 'after', cjson.encode({status = ARGV[4]}))
        return {1, rev}
        """;

    /// <summary>
    /// KEYS: place hash, audit stream. ARGV: id, who, when, new total. Occupied places stay occupied:
    /// available becomes max(0, new total − occupied). Returns {applied (1 changed, 0 same total, -1 unknown place), available}.
    /// </summary>
    public const string SetCapacityTotal = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return {-1, 0} end
        local total = tonumber(redis.call('HGET', KEYS[1], 'capacity_total'))
        local avail = tonumber(redis.call('HGET', KEYS[1], 'capacity_available'))
        local newTotal = tonumber(ARGV[4])
        if newTotal == total then return {0, avail} end
        local newAvail = newTotal - (total - avail)
        if newAvail < 0 then newAvail = 0 end
        redis.call('HSET', KEYS[1], 'capacity_total', newTotal, 'capacity_available', newAvail)
        redis.call('XADD', KEYS[2], '*', 'who', ARGV[2], 'at', ARGV[3], 'entity', 'place:' .. ARGV[1],
          'action', 'capacity', 'before', cjson.encode({capacity_total = total, capacity_available = avail}),
          'after', cjson.encode({capacity_total = newTotal, capacity_available = newAvail}))
        return {1, newAvail}
        """;

    /// <summary>
    /// KEYS: place hash, audit stream. ARGV: delta, who, when, id. Returns {applied (1/0, -1 unknown place), available}.
    /// </summary>
    public const string ChangeCapacity = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return {-1, 0} end
        local avail = tonumber(redis.call('HGET', KEYS[1], 'capacity_available'))
        local total = tonumber(redis.call('HGET', KEYS[1], 'capacity_total'))
        local new = avail + tonumber(ARGV[1])
        if new < 0 or new > total then return {0, avail} end
        redis.call('HSET', KEYS[1], 'capacity_available', new)
        redis.call('XADD', KEYS[2], '*', 'who', ARGV[2], 'at', ARGV[3], 'entity', 'place:' .. ARGV[4],
          'action', 'capacity', 'before', cjson.encode({capacity_available = avail}),
          'after', cjson.encode({capacity_available = new}))
        return {1, new}
        """;

    /// <summary>
    /// The whole nearest search in one call. KEYS: geo set. ARGV: lon, lat, start radius km, max radius km, wanted,
    /// place key prefix, needs capacity (1/0), needs children (1/0), allowed kind codes as ",a,b," ('' = any),
    /// minute of the week that must be open ('' = any; see <see cref="OpeningSchedule.MinuteOfWeek"/>).
    /// Widens the search on the server (four times the candidates when the answer was cut by COUNT, otherwise double
    /// the radius, up to the maximum) until <c>wanted</c> places pass the cheap filters (active, capacity, children,
    /// kind, open now — a place stored before <c>open_minutes</c> existed passes and is left to the caller) or every place within the maximum radius has been seen. Returns 1 when fewer than <c>wanted</c> pass
    /// within the maximum radius (asking for more would find nothing more), 0 otherwise, then
    /// the full hash of the first <c>wanted</c> passing places, nearest first. The caller checks every filter again.
    /// </summary>
    public const string Nearest = """
        local radius = tonumber(ARGV[3])
        local maxRadius = tonumber(ARGV[4])
        local wanted = tonumber(ARGV[5])
        local count = math.max(wanted * 8, 32)
        local minute = tonumber(ARGV[10])
        local function openAt(spec)
          if minute == nil or not spec or spec == 'always' then return true end
          for from, to in string.gmatch(spec, '(%d+)-(%d+)') do
            if minute >= tonumber(from) and minute < tonumber(to) then return true end
          end
          return false
        end
        local checked = {}
        while true do
          local hits = redis.call('GEOSEARCH', KEYS[1], 'FROMLONLAT', ARGV[1], ARGV[2], 'BYRADIUS', radius, 'km', 'ASC', 'COUNT', count)
          local passing = {}
          for _, id in ipairs(hits) do
            local f = checked[id]
            if not f then
              f = redis.call('HMGET', ARGV[6] .. id, 'status', 'kind', 'capacity_available', 'accepts_children', 'open_minutes')
              checked[id] = f
            end
            if f[1] == 'active'
              and (ARGV[7] == '0' or (tonumber(f[3]) or 0) > 0)
              and (ARGV[8] == '0' or f[4] == '1')
              and (ARGV[9] == '' or string.find(ARGV[9], ',' .. f[2] .. ',', 1, true))
              and openAt(f[5]) then
              passing[#passing + 1] = id
              if #passing == wanted then break end
            end
          end
          local sawAll = #passing < wanted and #hits < count and radius >= maxRadius
          if #passing >= wanted or sawAll then
            local out = {sawAll and 1 or 0}
            for _, id in ipairs(passing) do out[#out + 1] = redis.call('HGETALL', ARGV[6] .. id) end
            return out
          end
          if #hits >= count then
            count = count * 4
          else
            radius = math.min(math.max(radius * 2, 1), maxRadius)
          end
        end
        """;
}

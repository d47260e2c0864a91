using System.Globalization;
using StackExchange.Redis;

namespace HotlineBot.Referral.Directory;

/// <summary>
/// The directory in Redis: one hash per place (<c>hb:place:{id}</c>), a GEO set of all places (<c>hb:places:geo</c>),
/// and every change appended, in the same Lua call, to the audit stream <c>hb:audit</c>.
/// </summary>
/// <param name="prefix">Key prefix; tests pass a unique one so they can share a server.</param>
public sealed class RedisPlaceStore(IConnectionMultiplexer redis, TimeProvider time, string prefix = "hb:")
{
    private readonly IDatabase _db = redis.GetDatabase();

    public string GeoKey => prefix + "places:geo";

    public string AuditKey => prefix + "audit";

    /// <summary>Creates or replaces a place; returns false when it was already stored exactly so (nothing written, nothing audited).</summary>
    public async Task<bool> UpsertAsync(Place place, string who, CancellationToken cancellationToken = default)
    {
        var fields = PlaceHash.ToFields(place);
        var args = new List<RedisValue>(5 + (fields.Count * 2))
        {
            place.Id,
            who,
            Now(),
            place.Longitude.ToString("R", CultureInfo.InvariantCulture),
            place.Latitude.ToString("R", CultureInfo.InvariantCulture),
        };
        foreach (var (k, v) in fields)
        {
            args.Add(k);
            args.Add(v);
        }
        var result = await _db.ScriptEvaluateAsync(PlaceScripts.Upsert, [PlaceKey(place.Id), GeoKey, AuditKey], [.. args]);
        return (int)result == 1;
    }

    public async Task<Place?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        PlaceHash.FromFields(ToDictionary(await _db.HashGetAllAsync(PlaceKey(id))));

    /// <summary>Adds <paramref name="delta"/> to the available places, atomically; refused if it would leave 0..total.</summary>
    public async Task<CapacityChange> ChangeCapacityAsync(string id, int delta, string who, CancellationToken cancellationToken = default)
    {
        var result = (RedisResult[])(await _db.ScriptEvaluateAsync(
            PlaceScripts.ChangeCapacity,
            [PlaceKey(id), AuditKey],
            [delta, who, Now(), id]))!;
        return new CapacityChange((int)result[0] == 1, (int)result[1]);
    }

    /// <summary>
    /// The K nearest active places that match the filters, nearest first. Asks GEORADIUS for a generous number of
    /// candidates, filters them, and asks again with more candidates (if the answer was cut by COUNT) or a doubled
    /// radius (up to <see cref="NearestQuery.MaxRadiusKm"/>) while fewer than K match.
    /// </summary>
    public async Task<IReadOnlyList<PlaceMatch>> NearestAsync(NearestQuery query, CancellationToken cancellationToken = default)
    {
        var now = query.At ?? time.GetUtcNow();
        var radius = Math.Min(query.RadiusKm, query.MaxRadiusKm);
        var count = Math.Max(query.K * 8, 32);
        var seen = new Dictionary<string, Place?>(StringComparer.Ordinal);
        while (true)
        {
            var hits = await _db.GeoRadiusAsync(GeoKey, query.Longitude, query.Latitude, radius, GeoUnit.Kilometers, count, Order.Ascending, GeoRadiusOptions.None);
            var fresh = hits.Select(h => (string)h.Member!).Where(id => !seen.ContainsKey(id)).ToList();
            var loaded = await Task.WhenAll(fresh.Select(id => _db.HashGetAllAsync(PlaceKey(id))));
            for (var i = 0; i < fresh.Count; i++)
            {
                seen[fresh[i]] = PlaceHash.FromFields(ToDictionary(loaded[i]));
            }
            var matches = hits
                .Select(h => seen[(string)h.Member!])
                .Where(p => p is not null && query.Matches(p, now))
                .Select(p => new PlaceMatch(p!, GeoMath.HaversineKm(query.Latitude, query.Longitude, p!.Latitude, p.Longitude)))
                .ToList();
            if (matches.Count >= query.K || (hits.Length < count && radius >= query.MaxRadiusKm))
            {
                return [.. matches.OrderBy(m => m.DistanceKm).ThenBy(m => m.Place.Id, StringComparer.Ordinal).Take(query.K)];
            }
            if (hits.Length >= count)
            {
                count *= 4;
            }
            else
            {
                radius = Math.Min(Math.Max(radius * 2, 1), query.MaxRadiusKm);
            }
        }
    }

    /// <summary>The last <paramref name="count"/> audit entries, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(int count = 100, CancellationToken cancellationToken = default)
    {
        var raw = (RedisResult[])(await _db.ExecuteAsync("XREVRANGE", AuditKey, "+", "-", "COUNT", count))!;
        var entries = new List<AuditEntry>(raw.Length);
        foreach (var item in raw)
        {
            var e = (RedisResult[])item!;
            var values = (RedisResult[])e[1]!;
            var f = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < values.Length; i += 2)
            {
                f[(string)values[i]!] = (string)values[i + 1]!;
            }
            entries.Add(new AuditEntry((string)e[0]!, f["who"], f["at"], f["entity"], f["action"], f["before"], f["after"]));
        }
        entries.Reverse();
        return entries;
    }

    private RedisKey PlaceKey(string id) => prefix + "place:" + id;

    private string Now() => time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> ToDictionary(HashEntry[] entries)
    {
        var d = new Dictionary<string, string>(entries.Length, StringComparer.Ordinal);
        foreach (var e in entries)
        {
            d[(string)e.Name!] = (string)e.Value!;
        }
        return d;
    }
}

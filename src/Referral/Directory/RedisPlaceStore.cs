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
    /// The K nearest active places that match the filters, nearest first, in one round trip: the widening search and
    /// the filters run in Redis (<see cref="PlaceScripts.Nearest"/>). Every place that comes back is checked again
    /// here with <see cref="NearestQuery.Matches"/>, the one definition of the filters; only when that drops some
    /// (a place stored before its opening minutes were) is the script asked again for four times as many.
    /// </summary>
    public async Task<IReadOnlyList<PlaceMatch>> NearestAsync(NearestQuery query, CancellationToken cancellationToken = default)
    {
        var now = query.At ?? time.GetUtcNow();
        var wanted = query.K;
        var minute = query.OpenNow ? OpeningSchedule.MinuteOfWeek(now).ToString(CultureInfo.InvariantCulture) : "";
        var kinds = KindFilter(query);
        while (true)
        {
            var answer = (RedisResult[])(await _db.ScriptEvaluateAsync(
                PlaceScripts.Nearest,
                [GeoKey],
                [
                    Invariant(query.Longitude), Invariant(query.Latitude),
                    Invariant(Math.Min(query.RadiusKm, query.MaxRadiusKm)), Invariant(query.MaxRadiusKm), wanted,
                    prefix + "place:", query.HasCapacity ? 1 : 0, query.AcceptsChildren ? 1 : 0, kinds, minute,
                ]))!;
            var sawAll = (int)answer[0] == 1;
            var matches = new List<PlaceMatch>(answer.Length - 1);
            for (var i = 1; i < answer.Length; i++)
            {
                if (PlaceHash.FromFields(ToDictionary((RedisResult[])answer[i]!)) is { } place && query.Matches(place, now))
                {
                    matches.Add(new PlaceMatch(place, GeoMath.HaversineKm(query.Latitude, query.Longitude, place.Latitude, place.Longitude)));
                }
            }
            if (matches.Count >= query.K || sawAll)
            {
                return [.. matches.OrderBy(m => m.DistanceKm).ThenBy(m => m.Place.Id, StringComparer.Ordinal).Take(query.K)];
            }
            wanted *= 4;
        }
    }

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);

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

    /// <summary>The kind codes a query allows, as ",a,b," for the script; "" when any kind will do.</summary>
    private static string KindFilter(NearestQuery query)
    {
        if (query.Kind is null && query.Kinds is null)
        {
            return "";
        }
        var allowed = Enum.GetValues<HelpKind>().Where(k => (query.Kind is null || k == query.Kind) && (query.Kinds is null || query.Kinds.Contains(k)));
        return "," + string.Join(',', allowed.Select(PlaceCodes.Code)) + ",";
    }

    private static Dictionary<string, string> ToDictionary(RedisResult[] flat)
    {
        var d = new Dictionary<string, string>(flat.Length / 2, StringComparer.Ordinal);
        for (var i = 0; i + 1 < flat.Length; i += 2)
        {
            d[(string)flat[i]!] = (string)flat[i + 1]!;
        }
        return d;
    }

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

using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using HotlineBot.Referral.Directory;
using HotlineBot.Referral.Gazetteer;

namespace HotlineBot.Cli;

/// <summary><c>nearest --lat X --lon Y [--k N]</c> or <c>nearest --place "…"</c>: one JSON line per place found.</summary>
public sealed class NearestVerb : ICliVerb
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "nearest";

    public string Summary => "the nearest places of help to a point or a place name, one JSON object per line";

    public string Usage => """
        usage: nearest --lat X --lon Y [--k N] [options]
               nearest --place "NAME" [--k N] [options]     (province, former province or commune; diacritics optional)
          --k N                 how many (default 3)
          --radius KM           first search radius (default 25; doubled up to --max-radius while fewer than N match)
          --max-radius KM       default 400
          --filter LIST         comma-separated: open-now, capacity, children
          --kind KIND           trusted-address, community-shelter, social-support-centre, police, health, legal-aid
          --redis CONN          else ConnectionStrings:Redis
        output: {"id":…,"kind":…,"distanceKm":…,"phone":…,"visibility":"public|operators-only"} per line, nearest first
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliIo io, CancellationToken cancellationToken = default)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                return await UsageErrorAsync(io, $"unexpected argument '{args[i]}'");
            }
            options[args[i][2..]] = args[++i];
        }
        var query = await ParseAsync(options, io);
        if (query is null)
        {
            return 2;
        }
        var redis = await CliRedis.ConnectAsync(args, io, Name);
        if (redis is null)
        {
            return 1;
        }
        using var connection = redis as IDisposable;
        var store = new RedisPlaceStore(redis, TimeProvider.System);
        foreach (var match in await store.NearestAsync(query, cancellationToken))
        {
            await io.Out.WriteLineAsync(ToJson(match));
        }
        return 0;
    }

    private async Task<NearestQuery?> ParseAsync(Dictionary<string, string> o, CliIo io)
    {
        double lat, lon;
        if (o.TryGetValue("place", out var placeName))
        {
            var place = Gazetteer.Load(io.ContentRoot).Lookup(placeName);
            if (place is null)
            {
                await io.Error.WriteLineAsync($"nearest: unknown place '{placeName}'");
                return null;
            }
            await io.Error.WriteLineAsync($"# {placeName} → {place.Commune?.Name ?? place.Province.Name}, {place.Province.Name} ({place.Latitude.ToString(CultureInfo.InvariantCulture)}, {place.Longitude.ToString(CultureInfo.InvariantCulture)})");
            (lat, lon) = (place.Latitude, place.Longitude);
        }
        else if (!Number(o, "lat", out lat) || !Number(o, "lon", out lon) || lat is < -85 or > 85 || lon is < -180 or > 180)
        {
            await UsageErrorAsync(io, "give --lat and --lon (decimal degrees) or --place");
            return null;
        }
        var k = 3.0;
        var radius = 25.0;
        var maxRadius = 400.0;
        if ((o.ContainsKey("k") && (!Number(o, "k", out k) || k is < 1 or > 100))
            || (o.ContainsKey("radius") && (!Number(o, "radius", out radius) || radius <= 0))
            || (o.ContainsKey("max-radius") && (!Number(o, "max-radius", out maxRadius) || maxRadius <= 0)))
        {
            await UsageErrorAsync(io, "--k must be 1..100 and radii positive numbers");
            return null;
        }
        HelpKind? kind = null;
        if (o.TryGetValue("kind", out var kindText))
        {
            if (!PlaceCodes.TryKind(kindText, out var parsed))
            {
                await UsageErrorAsync(io, $"--kind must be one of {PlaceCodes.KindNames}");
                return null;
            }
            kind = parsed;
        }
        var filters = o.TryGetValue("filter", out var f) ? f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        if (filters.Except(["open-now", "capacity", "children"]).FirstOrDefault() is { } unknown)
        {
            await UsageErrorAsync(io, $"unknown filter '{unknown}'");
            return null;
        }
        return new NearestQuery(lat, lon, (int)k)
        {
            RadiusKm = radius,
            MaxRadiusKm = Math.Max(radius, maxRadius),
            OpenNow = filters.Contains("open-now"),
            HasCapacity = filters.Contains("capacity"),
            AcceptsChildren = filters.Contains("children"),
            Kind = kind,
        };
    }

    private static bool Number(Dictionary<string, string> o, string key, out double value)
    {
        value = 0;
        return o.TryGetValue(key, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private async Task<int> UsageErrorAsync(CliIo io, string problem)
    {
        await io.Error.WriteLineAsync($"nearest: {problem}");
        await io.Error.WriteLineAsync(Usage);
        return 2;
    }

    /// <summary>Only what the CLI contract names: never the name or address (the id is an opaque slug).</summary>
    private static string ToJson(PlaceMatch match)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("id", match.Place.Id);
            w.WriteString("kind", PlaceCodes.Code(match.Place.Kind));
            w.WriteNumber("distanceKm", Math.Round(match.DistanceKm, 2));
            w.WriteString("phone", match.Place.Phones[0]);
            w.WriteString("visibility", PlaceCodes.Code(match.Place.Visibility));
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}

using System.Collections.Concurrent;
using System.Globalization;

namespace HotlineBot.Referral.Directory;

/// <summary>A <see cref="Place"/> as the field/value pairs of its Redis hash (<c>hb:place:{id}</c>).</summary>
internal static class PlaceHash
{
    public const string CapacityTotal = "capacity_total";
    public const string CapacityAvailable = "capacity_available";

    /// <summary>Derived from the schedule (<see cref="OpeningSchedule.WeekIntervals"/>) for the search script; never read back.</summary>
    public const string OpenMinutes = "open_minutes";

    private static readonly ConcurrentDictionary<string, OpeningSchedule> Schedules = new(StringComparer.Ordinal);

    public static List<KeyValuePair<string, string>> ToFields(Place p)
    {
        var inv = CultureInfo.InvariantCulture;
        return
        [
            new("id", p.Id),
            new("kind", PlaceCodes.Code(p.Kind)),
            new("name", p.Name),
            new("organisation", p.Organisation),
            new("province", p.ProvinceId),
            new("commune", p.Commune),
            new("address", p.Address),
            new("lat", p.Latitude.ToString("R", inv)),
            new("lon", p.Longitude.ToString("R", inv)),
            new("phones", string.Join('|', p.Phones)),
            new("schedule", p.Schedule.Text),
            new(OpenMinutes, p.Schedule.WeekIntervals),
            new(CapacityTotal, p.CapacityTotal.ToString(inv)),
            new(CapacityAvailable, p.CapacityAvailable.ToString(inv)),
            new("accepts_children", Flag(p.Services.AcceptsChildren)),
            new("accepts_men", Flag(p.Services.AcceptsMen)),
            new("disability_access", Flag(p.Services.DisabilityAccess)),
            new("overnight", Flag(p.Services.Overnight)),
            new("languages", string.Join('|', p.Services.Languages)),
            new("status", PlaceCodes.Code(p.Status)),
            new("visibility", PlaceCodes.Code(p.Visibility)),
            new("verified_by", p.VerifiedBy),
            new("verified_at", p.VerifiedAt?.ToString("yyyy-MM-dd", inv) ?? ""),
            new("demo", Flag(p.Demo)),
        ];
    }

    /// <summary>Null when the hash is empty (the place does not exist).</summary>
    public static Place? FromFields(IReadOnlyDictionary<string, string> f)
    {
        if (f.Count == 0)
        {
            return null;
        }
        var inv = CultureInfo.InvariantCulture;
        PlaceCodes.TryKind(f["kind"], out var kind);
        PlaceCodes.TryStatus(f["status"], out var status);
        PlaceCodes.TryVisibility(f["visibility"], out var visibility);
        var schedule = Schedules.GetOrAdd(f["schedule"], static text =>
            OpeningSchedule.TryParse(text, out var s, out _) ? s : OpeningSchedule.Always);
        var verifiedAt = f["verified_at"];
        return new Place(
            f["id"],
            kind,
            f["name"],
            f["organisation"],
            f["province"],
            f["commune"],
            f["address"],
            double.Parse(f["lat"], inv),
            double.Parse(f["lon"], inv),
            List(f["phones"]),
            schedule,
            int.Parse(f[CapacityTotal], inv),
            int.Parse(f[CapacityAvailable], inv),
            new PlaceServices(f["accepts_children"] == "1", f["accepts_men"] == "1", f["disability_access"] == "1", f["overnight"] == "1", List(f["languages"])),
            status,
            visibility,
            f["verified_by"],
            verifiedAt.Length == 0 ? null : DateOnly.ParseExact(verifiedAt, "yyyy-MM-dd", inv),
            f["demo"] == "1");
    }

    private static string Flag(bool value) => value ? "1" : "0";

    private static string[] List(string field) => field.Split('|', StringSplitOptions.RemoveEmptyEntries);
}

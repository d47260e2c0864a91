using System.Globalization;
using System.Text.RegularExpressions;
using HotlineBot.Referral.Gazetteer;
using GazetteerIndex = HotlineBot.Referral.Gazetteer.Gazetteer;

namespace HotlineBot.Referral.Directory;

/// <summary>
/// Validates one import row into a <see cref="Place"/>, collecting every problem (not only the first).
/// The province may be given by id, current name or former name ("Hải Dương" → hai-phong) and is stored as the
/// current province id; coordinates must lie within Vietnam and near that province; demo rows must look fictitious.
/// </summary>
internal static partial class PlaceRow
{
    /// <summary>Farther than this from the province's administrative centre is taken for a typo (e.g. swapped lat/lon).</summary>
    private const double MaxKmFromProvinceCentre = 250;

    public static Place? Parse(string file, ShelterFileRow row, GazetteerIndex gazetteer, List<ImportError> errors)
    {
        var before = errors.Count;
        void Error(string message) => errors.Add(new ImportError(file, row.Line, message));
        string Get(string column)
        {
            var value = row.Fields.TryGetValue(column, out var v) ? v.Trim() : "";
            if (value.Length == 0 && !ShelterColumns.Optional.Contains(column))
            {
                Error($"{column} is required");
            }
            return value;
        }

        var id = Get("id");
        if (id.Length > 0 && !IdPattern().IsMatch(id))
        {
            Error($"id '{id}' must be lower-case letters, digits and '-' (at most 64)");
        }
        var kindText = Get("kind");
        if (!PlaceCodes.TryKind(kindText, out var kind) && kindText.Length > 0)
        {
            Error($"kind '{kindText}' is not one of {PlaceCodes.KindNames}");
        }
        var name = Get("name");
        var province = ResolveProvince(Get("province"), gazetteer, Error);
        var commune = Get("commune");
        if (province is not null && commune.Length > 0 && gazetteer.Lookup(commune) is { Kind: PlaceKind.Commune } known && known.Province.Id != province.Id)
        {
            Error($"commune '{commune}' is in {known.Province.Name}, not {province.Name}");
        }
        var lat = Number(Get("lat"), "lat", 8, 24, Error);
        var lon = Number(Get("lon"), "lon", 102, 110, Error);
        if (province is not null && lat is { } la && lon is { } lo)
        {
            var km = GeoMath.HaversineKm(la, lo, province.Latitude, province.Longitude);
            if (km > MaxKmFromProvinceCentre)
            {
                Error($"coordinates {la},{lo} are {km:F0} km from the centre of {province.Name} (lat/lon swapped?)");
            }
        }
        var phones = Get("phones").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var phone in phones.Where(p => !PhonePattern().IsMatch(p)))
        {
            Error($"phone '{phone}' is not a phone number (digits, spaces, +, at least 3 digits)");
        }
        var scheduleText = Get("schedule");
        if (!OpeningSchedule.TryParse(scheduleText, out var schedule, out var scheduleError) && scheduleText.Length > 0)
        {
            Error(scheduleError);
        }
        var total = Count(Get("capacity_total"), "capacity_total", Error);
        var available = Count(Get("capacity_available"), "capacity_available", Error);
        if (total is { } t && available is { } a && a > t)
        {
            Error($"capacity_available {a} is more than capacity_total {t}");
        }
        var services = new PlaceServices(
            Flag(Get("accepts_children"), "accepts_children", Error),
            Flag(Get("accepts_men"), "accepts_men", Error),
            Flag(Get("disability_access"), "disability_access", Error),
            Flag(Get("overnight"), "overnight", Error),
            Get("languages") is { Length: > 0 } langs ? langs.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : ["vi"]);
        var statusText = Get("status");
        var status = PlaceStatus.Active;
        if (statusText.Length > 0 && !PlaceCodes.TryStatus(statusText, out status))
        {
            Error($"status '{statusText}' is not active or temporarily-closed");
        }
        var visibilityText = Get("visibility");
        if (!PlaceCodes.TryVisibility(visibilityText, out var visibility) && visibilityText.Length > 0)
        {
            Error($"visibility '{visibilityText}' is not public or operators-only");
        }
        var verifiedAtText = Get("verified_at");
        DateOnly? verifiedAt = null;
        if (verifiedAtText.Length > 0)
        {
            if (DateOnly.TryParseExact(verifiedAtText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                verifiedAt = d;
            }
            else
            {
                Error($"verified_at '{verifiedAtText}' is not a date like 2026-01-31");
            }
        }
        var demo = Flag(Get("demo"), "demo", Error);
        CheckDemo(demo, name, phones, Error);

        if (errors.Count > before || province is null)
        {
            return null;
        }
        return new Place(
            id, kind, name, Get("organisation"), province.Id, commune, Get("address"), lat!.Value, lon!.Value, phones, schedule,
            total!.Value, available!.Value, services, status, visibility, Get("verified_by"), verifiedAt, demo);
    }

    private static void CheckDemo(bool demo, string name, string[] phones, Action<string> error)
    {
        var looksDemo = name.StartsWith("[DEMO]", StringComparison.Ordinal);
        if (demo && !looksDemo)
        {
            error("a demo place's name must start with [DEMO]");
        }
        if (!demo && looksDemo)
        {
            error("name starts with [DEMO] but demo is not true");
        }
        if (demo && phones.Any(p => !p.StartsWith("0000", StringComparison.Ordinal)))
        {
            error("a demo place's phones must be obviously fake (start with 0000)");
        }
    }

    private static Province? ResolveProvince(string text, GazetteerIndex gazetteer, Action<string> error)
    {
        if (text.Length == 0)
        {
            return null;
        }
        var province = gazetteer.Province(text)
            ?? (gazetteer.Lookup(text) is { Kind: PlaceKind.Province or PlaceKind.FormerProvince } name ? name.Province : null);
        if (province is null)
        {
            error($"province '{text}' is not a province in the gazetteer (id, current or former name)");
        }
        return province;
    }

    private static double? Number(string text, string column, double min, double max, Action<string> error)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        error($"{column} '{text}' is not a number within Vietnam ({min}..{max})");
        return null;
    }

    private static int? Count(string text, string column, Action<string> error)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 10_000)
        {
            return value;
        }
        error($"{column} '{text}' is not a whole number from 0 to 10000");
        return null;
    }

    private static bool Flag(string text, string column, Action<string> error)
    {
        switch (text.ToLowerInvariant())
        {
            case "" or "false" or "no" or "0":
                return false;
            case "true" or "yes" or "1":
                return true;
            default:
                error($"{column} '{text}' is not true or false");
                return false;
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(?=(?:\D*\d){3})[0-9 +().-]{3,24}$")]
    private static partial Regex PhonePattern();
}

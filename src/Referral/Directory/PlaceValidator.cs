using System.Globalization;
using System.Text.RegularExpressions;
using HotlineBot.Referral.Gazetteer;
using GazetteerIndex = HotlineBot.Referral.Gazetteer.Gazetteer;

namespace HotlineBot.Referral.Directory;

/// <summary>
/// The one set of rules a place must pass, whether it comes from an import file or the operator console: fields by
/// column name (<see cref="ShelterColumns"/>) as text → a <see cref="Place"/>, collecting every problem (not only the first).
/// The province may be given by id, current name or former name ("Hải Dương" → hai-phong) and is stored as the
/// current province id; coordinates must lie within Vietnam and near that province; demo rows must look fictitious.
/// </summary>
public static partial class PlaceValidator
{
    /// <summary>Farther than this from the province's administrative centre is taken for a typo (e.g. swapped lat/lon).</summary>
    private const double MaxKmFromProvinceCentre = 250;

    private const int MaxText = 200;

    private const int MaxPhones = 5;

    /// <summary>Validates one place; null when there is any problem (all of them are added to <paramref name="problems"/>).</summary>
    public static Place? Validate(IReadOnlyDictionary<string, string> fields, GazetteerIndex gazetteer, List<PlaceProblem> problems)
    {
        var before = problems.Count;
        void Error(string field, string message, string vietnamese) => problems.Add(new PlaceProblem(field, message, vietnamese));
        string Get(string column)
        {
            var value = fields.TryGetValue(column, out var v) ? v.Trim() : "";
            if (value.Length == 0 && !ShelterColumns.Optional.Contains(column))
            {
                Error(column, $"{column} is required", "Bắt buộc phải điền.");
            }
            if (value.Length > MaxText)
            {
                Error(column, $"{column} is longer than {MaxText} characters", $"Dài quá {MaxText} ký tự.");
            }
            return value;
        }

        var id = Get("id");
        if (id.Length > 0 && !IdPattern().IsMatch(id))
        {
            Error("id", $"id '{id}' must be lower-case letters, digits and '-' (at most 64)", "Mã chỉ gồm chữ thường không dấu, chữ số và '-' (tối đa 64 ký tự).");
        }
        var kindText = Get("kind");
        if (!PlaceCodes.TryKind(kindText, out var kind) && kindText.Length > 0)
        {
            Error("kind", $"kind '{kindText}' is not one of {PlaceCodes.KindNames}", $"Loại '{kindText}' không có; chọn một trong: {PlaceCodes.KindNames}.");
        }
        var name = Get("name");
        var province = ResolveProvince(Get("province"), gazetteer, Error);
        var commune = Get("commune");
        if (province is not null && commune.Length > 0 && gazetteer.Lookup(commune) is { Kind: PlaceKind.Commune } known && known.Province.Id != province.Id)
        {
            Error("commune", $"commune '{commune}' is in {known.Province.Name}, not {province.Name}", $"Xã/phường '{commune}' thuộc {known.Province.Name}, không thuộc {province.Name}.");
        }
        var lat = Number(Get("lat"), "lat", 8, 24, Error);
        var lon = Number(Get("lon"), "lon", 102, 110, Error);
        if (province is not null && lat is { } la && lon is { } lo)
        {
            var km = GeoMath.HaversineKm(la, lo, province.Latitude, province.Longitude);
            if (km > MaxKmFromProvinceCentre)
            {
                Error("lat", $"coordinates {la},{lo} are {km:F0} km from the centre of {province.Name} (lat/lon swapped?)", $"Toạ độ {la},{lo} cách trung tâm {province.Name} {km:F0} km (nhầm vĩ độ với kinh độ, hoặc sai tỉnh?).");
            }
        }
        var phones = Get("phones").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var phone in phones.Where(p => !PhonePattern().IsMatch(p)))
        {
            Error("phones", $"phone '{phone}' is not a phone number (digits, spaces, +, at least 3 digits)", $"'{phone}' không phải số điện thoại (chữ số, dấu cách, +; ít nhất 3 chữ số).");
        }
        if (phones.Length > MaxPhones)
        {
            Error("phones", $"at most {MaxPhones} phones", $"Tối đa {MaxPhones} số điện thoại.");
        }
        var scheduleText = Get("schedule");
        if (!OpeningSchedule.TryParse(scheduleText, out var schedule, out var scheduleError) && scheduleText.Length > 0)
        {
            Error("schedule", scheduleError, $"Giờ mở cửa '{scheduleText}' không đúng mẫu: 24/7 hoặc ví dụ 'mon-fri 07:30-17:00; sat 08:00-12:00' (giờ Việt Nam).");
        }
        var total = Count(Get("capacity_total"), "capacity_total", Error);
        var available = Count(Get("capacity_available"), "capacity_available", Error);
        if (total is { } t && available is { } a && a > t)
        {
            Error("capacity_available", $"capacity_available {a} is more than capacity_total {t}", $"Số chỗ trống ({a}) nhiều hơn tổng số chỗ ({t}).");
        }
        var languages = Get("languages") is { Length: > 0 } langs ? langs.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : ["vi"];
        foreach (var language in languages.Where(l => !LanguagePattern().IsMatch(l)))
        {
            Error("languages", $"language '{language}' is not an ISO 639 code such as vi, en, hmn", $"'{language}' không phải mã ngôn ngữ ISO 639 (ví dụ vi, en, hmn).");
        }
        var services = new PlaceServices(
            Flag(Get("accepts_children"), "accepts_children", Error),
            Flag(Get("accepts_men"), "accepts_men", Error),
            Flag(Get("disability_access"), "disability_access", Error),
            Flag(Get("overnight"), "overnight", Error),
            languages);
        var statusText = Get("status");
        var status = PlaceStatus.Active;
        if (statusText.Length > 0 && !PlaceCodes.TryStatus(statusText, out status))
        {
            Error("status", $"status '{statusText}' is not active or temporarily-closed", "Trạng thái phải là active (đang hoạt động) hoặc temporarily-closed (tạm đóng).");
        }
        var visibilityText = Get("visibility");
        if (!PlaceCodes.TryVisibility(visibilityText, out var visibility) && visibilityText.Length > 0)
        {
            Error("visibility", $"visibility '{visibilityText}' is not public or operators-only", "Chế độ hiển thị phải là public (công khai) hoặc operators-only (chỉ tư vấn viên).");
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
                Error("verified_at", $"verified_at '{verifiedAtText}' is not a date like 2026-01-31", "Ngày xác minh phải có dạng 2026-01-31.");
            }
        }
        var demo = Flag(Get("demo"), "demo", Error);
        CheckDemo(demo, name, phones, Error);

        if (problems.Count > before || province is null)
        {
            return null;
        }
        return new Place(
            id, kind, name, Get("organisation"), province.Id, commune, Get("address"), lat!.Value, lon!.Value, phones, schedule,
            total!.Value, available!.Value, services, status, visibility, Get("verified_by"), verifiedAt, demo);
    }

    /// <summary>The capacity rule on its own (for changing a place's total): a whole number from 0 to 10000.</summary>
    public static bool IsCapacity(int value) => value is >= 0 and <= 10_000;

    /// <summary>One import row: the same rules, each problem reported as <c>file:line: message</c>.</summary>
    internal static Place? Parse(string file, ShelterFileRow row, GazetteerIndex gazetteer, List<ImportError> errors)
    {
        var problems = new List<PlaceProblem>();
        var place = Validate(row.Fields, gazetteer, problems);
        errors.AddRange(problems.Select(p => new ImportError(file, row.Line, p.Message)));
        return place;
    }

    private static void CheckDemo(bool demo, string name, string[] phones, Action<string, string, string> error)
    {
        var looksDemo = name.StartsWith("[DEMO]", StringComparison.Ordinal);
        if (demo && !looksDemo)
        {
            error("name", "a demo place's name must start with [DEMO]", "Tên của nơi minh hoạ (demo) phải bắt đầu bằng [DEMO].");
        }
        if (!demo && looksDemo)
        {
            error("demo", "name starts with [DEMO] but demo is not true", "Tên bắt đầu bằng [DEMO] nhưng chưa đánh dấu là dữ liệu minh hoạ.");
        }
        if (demo && phones.Any(p => !p.StartsWith("0000", StringComparison.Ordinal)))
        {
            error("phones", "a demo place's phones must be obviously fake (start with 0000)", "Số điện thoại của nơi minh hoạ phải rõ là giả (bắt đầu bằng 0000).");
        }
    }

    private static Province? ResolveProvince(string text, GazetteerIndex gazetteer, Action<string, string, string> error)
    {
        if (text.Length == 0)
        {
            return null;
        }
        var province = gazetteer.Province(text)
            ?? (gazetteer.Lookup(text) is { Kind: PlaceKind.Province or PlaceKind.FormerProvince } name ? name.Province : null);
        if (province is null)
        {
            error("province", $"province '{text}' is not a province in the gazetteer (id, current or former name)", $"Không có tỉnh/thành '{text}' trong danh mục (34 tỉnh, thành từ 01/7/2025, hoặc tên cũ).");
        }
        return province;
    }

    private static double? Number(string text, string column, double min, double max, Action<string, string, string> error)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        var what = column == "lat" ? "Vĩ độ" : "Kinh độ";
        error(column, $"{column} '{text}' is not a number within Vietnam ({min}..{max})", $"{what} '{text}' phải là số trong lãnh thổ Việt Nam ({min}–{max}).");
        return null;
    }

    private static int? Count(string text, string column, Action<string, string, string> error)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && IsCapacity(value))
        {
            return value;
        }
        error(column, $"{column} '{text}' is not a whole number from 0 to 10000", "Phải là số nguyên từ 0 đến 10000.");
        return null;
    }

    private static bool Flag(string text, string column, Action<string, string, string> error)
    {
        switch (text.ToLowerInvariant())
        {
            case "" or "false" or "no" or "0":
                return false;
            case "true" or "yes" or "1":
                return true;
            default:
                error(column, $"{column} '{text}' is not true or false", "Phải là có (true) hoặc không (false).");
                return false;
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(?=(?:\D*\d){3})[0-9 +().-]{3,24}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguagePattern();
}

using System.Text.Json.Nodes;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>Fictitious places of help for the directory tests, as the console sends them (the import JSON shape).</summary>
public static class DirectoryPlaces
{
    /// <summary>Hà Tĩnh's administrative centre (approximate), where the test places stand.</summary>
    public const double HaTinhLat = 18.343, HaTinhLon = 105.906;

    /// <summary>A valid demo community shelter in Hà Tĩnh.</summary>
    public static JsonObject Valid(string id, double lat = HaTinhLat, double lon = HaTinhLon) => new()
    {
        ["id"] = id,
        ["kind"] = "community-shelter",
        ["name"] = $"[DEMO] Nhà tạm lánh {id}",
        ["organisation"] = "[DEMO] Hội Phụ nữ thử nghiệm",
        ["province"] = "Hà Tĩnh",
        ["commune"] = "Thạch Hà",
        ["address"] = "[DEMO] Số 9 đường Thử Nghiệm",
        ["lat"] = lat,
        ["lon"] = lon,
        ["phones"] = new JsonArray("0000 000 901"),
        ["schedule"] = "24/7",
        ["capacity_total"] = 6,
        ["capacity_available"] = 4,
        ["accepts_children"] = true,
        ["accepts_men"] = false,
        ["disability_access"] = true,
        ["overnight"] = true,
        ["languages"] = new JsonArray("vi"),
        ["status"] = "active",
        ["visibility"] = "operators-only",
        ["verified_by"] = "admin-tuan",
        ["verified_at"] = "2026-11-01",
        ["demo"] = true,
    };

    public static JsonObject With(this JsonObject place, string field, JsonNode? value)
    {
        var copy = place.DeepClone().AsObject();
        copy[field] = value;
        return copy;
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HotlineBot.Referral.Directory;

/// <summary>
/// A place as one JSON object whose properties are the import columns (<see cref="ShelterColumns"/>): the shape of a
/// JSON import record, also used by the console to read and send places. Lists may be arrays of strings or
/// <c>|</c>-separated text, flags booleans, numbers numbers.
/// </summary>
public static class PlaceJson
{
    /// <summary>The object's properties as column texts for <see cref="PlaceValidator"/>; an unknown property is a problem.</summary>
    public static Dictionary<string, string> Fields(JsonElement obj, List<PlaceProblem> problems)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in obj.EnumerateObject())
        {
            if (!ShelterColumns.All.Contains(p.Name))
            {
                problems.Add(new PlaceProblem(p.Name, $"unknown property '{p.Name}'", $"Không có trường '{p.Name}'."));
                continue;
            }
            fields[p.Name] = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString()!,
                JsonValueKind.Number => p.Value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Null => "",
                JsonValueKind.Array => string.Join('|', p.Value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())),
                _ => p.Value.GetRawText(),
            };
        }
        foreach (var optional in ShelterColumns.Optional)
        {
            fields.TryAdd(optional, "");
        }
        return fields;
    }

    /// <summary>Everything about a place (operators-only name and address included): for staff only, never for a citizen.</summary>
    public static JsonObject ToJson(Place p) => new()
    {
        ["id"] = p.Id,
        ["kind"] = PlaceCodes.Code(p.Kind),
        ["name"] = p.Name,
        ["organisation"] = p.Organisation,
        ["province"] = p.ProvinceId,
        ["commune"] = p.Commune,
        ["address"] = p.Address,
        ["lat"] = p.Latitude,
        ["lon"] = p.Longitude,
        ["phones"] = new JsonArray([.. p.Phones.Select(x => JsonValue.Create(x))]),
        ["schedule"] = p.Schedule.Text,
        ["capacity_total"] = p.CapacityTotal,
        ["capacity_available"] = p.CapacityAvailable,
        ["accepts_children"] = p.Services.AcceptsChildren,
        ["accepts_men"] = p.Services.AcceptsMen,
        ["disability_access"] = p.Services.DisabilityAccess,
        ["overnight"] = p.Services.Overnight,
        ["languages"] = new JsonArray([.. p.Services.Languages.Select(x => JsonValue.Create(x))]),
        ["status"] = PlaceCodes.Code(p.Status),
        ["visibility"] = PlaceCodes.Code(p.Visibility),
        ["verified_by"] = p.VerifiedBy,
        ["verified_at"] = p.VerifiedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        ["demo"] = p.Demo,
    };
}

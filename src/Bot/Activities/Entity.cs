namespace HotlineBot.Activities;

/// <summary>
/// An entity in its flat JSON form. HotlineBot reads GeoCoordinates
/// (<c>latitude</c>, <c>longitude</c>, <c>elevation?</c>, <c>name?</c>) and Place (<c>name?</c>, <c>address?</c>, <c>geo?</c>);
/// other types (clientInfo, ClientCapabilities, …) round-trip through <see cref="Activity.Extra"/>-style extension data.
/// </summary>
public sealed record Entity
{
    public string Type { get; init; } = "";
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public double? Elevation { get; init; }
    public string? Name { get; init; }
    public string? Address { get; init; }
    public Entity? Geo { get; init; }

    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Extra { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasCoordinates =>
        Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180;

    public static Entity GeoCoordinates(double latitude, double longitude) =>
        new() { Type = EntityTypes.GeoCoordinates, Latitude = latitude, Longitude = longitude };
}

namespace HotlineBot.Referral.Gazetteer;

/// <summary>A place below province level (commune, ward, or the name of a former district people still use).</summary>
/// <param name="IsVerified">False when the name/boundary after the 2025 commune arrangement has not been checked.</param>
/// <param name="FormerProvince">The province of the 63-unit structure it belonged to.</param>
public sealed record Commune(
    string Name,
    string ProvinceId,
    bool IsVerified,
    double Latitude,
    double Longitude,
    string FormerProvince);

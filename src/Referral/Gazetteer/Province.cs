namespace HotlineBot.Referral.Gazetteer;

/// <summary>A province-level unit in force since 01/7/2025 (28 provinces and 6 centrally-run cities).</summary>
/// <param name="Id">Stable slug, e.g. <c>hai-phong</c>.</param>
/// <param name="IsCity">True for the six thành phố trực thuộc trung ương.</param>
/// <param name="Latitude">Approximate: the administrative centre.</param>
/// <param name="FormerProvinces">The provinces of the 63-unit structure merged into this one (empty when unchanged).</param>
public sealed record Province(
    string Id,
    string Name,
    bool IsCity,
    double Latitude,
    double Longitude,
    IReadOnlyList<string> FormerProvinces,
    IReadOnlyList<string> Aliases);

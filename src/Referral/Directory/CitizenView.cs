namespace HotlineBot.Referral.Directory;

/// <summary>
/// What a citizen may be told about a place. For an <see cref="PlaceVisibility.OperatorsOnly"/> place the name and
/// street address are not copied at all (null), so no rendering mistake can leak them.
/// </summary>
public sealed record CitizenView(
    HelpKind Kind,
    string? Name,
    string? Address,
    string Commune,
    string ProvinceId,
    double DistanceKm,
    string Phone)
{
    public static CitizenView Of(Place place, double distanceKm)
    {
        var open = place.Visibility == PlaceVisibility.Public;
        return new CitizenView(
            place.Kind,
            open ? place.Name : null,
            open ? place.Address : null,
            place.Commune,
            place.ProvinceId,
            Math.Round(distanceKm, 1),
            place.Phones[0]);
    }
}

namespace HotlineBot.Referral.Directory;

/// <summary>A place found by a nearest search, with its great-circle distance from the query point.</summary>
public sealed record PlaceMatch(Place Place, double DistanceKm)
{
    public CitizenView ForCitizen() => CitizenView.Of(Place, DistanceKm);
}

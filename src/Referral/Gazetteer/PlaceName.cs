namespace HotlineBot.Referral.Gazetteer;

/// <summary>One name the gazetteer knows, resolved to the current province (and the commune, if any).</summary>
/// <param name="Name">The name as written in the data file, with diacritics.</param>
/// <param name="ExactOnly">Short abbreviations (HN, SG, ĐN) must be typed exactly, not merely folded alike.</param>
public sealed record PlaceName(string Name, PlaceKind Kind, Province Province, Commune? Commune, bool ExactOnly)
{
    public double Latitude => Commune?.Latitude ?? Province.Latitude;

    public double Longitude => Commune?.Longitude ?? Province.Longitude;
}

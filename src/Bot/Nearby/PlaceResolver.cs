using HotlineBot.Referral.Directory;
using HotlineBot.Referral.Gazetteer;

namespace HotlineBot.Nearby;

/// <summary>
/// Where a person said they are, in gazetteer terms: a typed name ("Thạch Hà", "thach ha", "tỉnh Hải Dương", "em ở
/// xã Can Lộc") → the commune or province; a shared point → the nearest known commune (or else province), coarsely.
/// </summary>
public sealed class PlaceResolver(Gazetteer gazetteer)
{
    private const int MaxWords = 5;

    /// <summary>A commune centre further than this from a shared point is not named; the province is.</summary>
    private const double CommuneReachKm = 15;

    private static readonly char[] Separators = [' ', ',', '.', ';', ':', '!', '?', '\n', '\t', '(', ')', '-', '/'];

    /// <summary>The place named in <paramref name="text"/> (the whole text, else its longest known run of words); null if none.</summary>
    public PlaceName? Resolve(string text)
    {
        if (gazetteer.Lookup(text) is { } whole)
        {
            return whole;
        }
        var words = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (var length = Math.Min(MaxWords, words.Length); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                if (gazetteer.Lookup(string.Join(' ', words, start, length)) is { } found)
                {
                    return found;
                }
            }
        }
        return null;
    }

    /// <summary>The area around a shared point: the nearest commune within reach, else the nearest province centre.</summary>
    public PlaceName AreaAround(double latitude, double longitude)
    {
        var commune = gazetteer.Communes.MinBy(c => GeoMath.HaversineKm(latitude, longitude, c.Latitude, c.Longitude));
        if (commune is not null && GeoMath.HaversineKm(latitude, longitude, commune.Latitude, commune.Longitude) <= CommuneReachKm)
        {
            return new PlaceName(commune.Name, PlaceKind.Commune, gazetteer.Province(commune.ProvinceId)!, commune, false);
        }
        var province = gazetteer.Provinces.MinBy(p => GeoMath.HaversineKm(latitude, longitude, p.Latitude, p.Longitude))!;
        return new PlaceName(province.Name, PlaceKind.Province, province, null, false);
    }
}

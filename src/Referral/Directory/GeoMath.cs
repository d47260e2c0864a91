namespace HotlineBot.Referral.Directory;

/// <summary>Great-circle distance with the same Earth radius Redis uses for GEO commands, so both agree.</summary>
public static class GeoMath
{
    /// <summary>Redis <c>geohashGetDistance</c> radius, in km.</summary>
    public const double EarthRadiusKm = 6372.797560856;

    public static double HaversineKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double rad = Math.PI / 180;
        var dLat = (lat2 - lat1) * rad;
        var dLon = (lon2 - lon1) * rad;
        var u = Math.Sin(dLat / 2);
        var v = Math.Sin(dLon / 2);
        var a = (u * u) + (Math.Cos(lat1 * rad) * Math.Cos(lat2 * rad) * v * v);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}

namespace HotlineBot.Dialogs;

/// <summary>A point on the map, in WGS 84 degrees.</summary>
public sealed record GeoPoint(double Latitude, double Longitude);

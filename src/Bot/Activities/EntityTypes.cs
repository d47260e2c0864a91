namespace HotlineBot.Activities;

public static class EntityTypes
{
    public const string GeoCoordinates = "GeoCoordinates";
    public const string Place = "Place";
}

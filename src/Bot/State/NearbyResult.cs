namespace HotlineBot.State;

/// <summary>
/// What the last "where are you / nearest places" step found, for the case an operator receives: the coarse area
/// (province and commune, never a street or a point) and the ids of the places offered. Empty when the person skipped.
/// </summary>
public sealed class NearbyResult
{
    public string? ProvinceId { get; set; }

    public string? Commune { get; set; }

    public List<string> SuggestedPlaceIds { get; set; } = [];
}

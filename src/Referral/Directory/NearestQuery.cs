namespace HotlineBot.Referral.Directory;

/// <summary>
/// The <see cref="K"/> nearest active places matching the filters. The search starts at <see cref="RadiusKm"/> and
/// doubles the radius until K places are found or <see cref="MaxRadiusKm"/> is reached.
/// </summary>
/// <param name="At">The moment "open now" refers to; null = the store's clock.</param>
public sealed record NearestQuery(double Latitude, double Longitude, int K = 3)
{
    public double RadiusKm { get; init; } = 25;

    public double MaxRadiusKm { get; init; } = 400;

    public bool OpenNow { get; init; }

    public bool HasCapacity { get; init; }

    public bool AcceptsChildren { get; init; }

    public HelpKind? Kind { get; init; }

    /// <summary>Any of these kinds (null = every kind); combined with <see cref="Kind"/> when both are set.</summary>
    public IReadOnlySet<HelpKind>? Kinds { get; init; }

    public DateTimeOffset? At { get; init; }

    /// <summary>The filter applied to every candidate (also used by tests' brute-force search).</summary>
    public bool Matches(Place place, DateTimeOffset now) =>
        place.Status == PlaceStatus.Active
        && (!OpenNow || place.Schedule.IsOpenAt(now))
        && (!HasCapacity || place.HasCapacity)
        && (!AcceptsChildren || place.Services.AcceptsChildren)
        && (Kind is null || place.Kind == Kind)
        && (Kinds is null || Kinds.Contains(place.Kind));
}

using HotlineBot.Referral.Directory;
using Microsoft.Extensions.Options;

namespace HotlineBot.Nearby;

/// <summary>
/// The three best places of help near a point, for a citizen: active places of the kinds that can take someone in or
/// protect them (trusted address, community shelter, social support centre, police), weighing the
/// <see cref="NearbyHelpOptions.Candidates"/> nearest — open now and with free places first, then nearer.
/// Null when the directory cannot answer within <see cref="NearbyHelpOptions.LookupTimeout"/> (or there is no Redis).
/// </summary>
public sealed class NearbyHelp(RedisPlaceStore? places, TimeProvider time, IOptions<NearbyHelpOptions> options, ILogger<NearbyHelp> log)
{
    public const int Shown = 3;

    public static readonly IReadOnlySet<HelpKind> SafetyKinds = new HashSet<HelpKind>
    {
        HelpKind.TrustedAddress, HelpKind.CommunityShelter, HelpKind.SocialSupportCentre, HelpKind.Police,
    };

    /// <param name="childrenOnly">Only places that take children (the person mentioned children and asked for a shelter).</param>
    /// <param name="childrenPreferred">Places that take children come before others that are equally open.</param>
    public async Task<IReadOnlyList<SuggestedPlace>?> FindAsync(
        double latitude, double longitude, bool childrenOnly, bool childrenPreferred, CancellationToken cancellationToken = default)
    {
        if (places is null)
        {
            return null;
        }
        var query = new NearestQuery(latitude, longitude, options.Value.Candidates) { Kinds = SafetyKinds, AcceptsChildren = childrenOnly };
        var search = places.NearestAsync(query, CancellationToken.None);
        IReadOnlyList<PlaceMatch> found;
        try
        {
            found = await search.WaitAsync(options.Value.LookupTimeout, time, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _ = search.ContinueWith(t => t.Exception, TaskScheduler.Default); // a late failure is expected, not unobserved
            log.LogWarning("The place directory did not answer a nearest search ({Problem})", e.GetType().Name);
            return null;
        }
        var now = time.GetUtcNow();
        return [.. found
            .OrderByDescending(m => Preference(m.Place, now, childrenPreferred))
            .ThenBy(m => m.DistanceKm)
            .Take(Shown)
            .Select(m => new SuggestedPlace(m.Place.Id, m.ForCitizen()))];
    }

    /// <summary>Open now counts most; then room (places without beds, like police, have nothing to run out of); then children.</summary>
    private static int Preference(Place place, DateTimeOffset now, bool children) =>
        (place.IsOpenAt(now) ? 4 : 0)
        + (place.CapacityTotal == 0 || place.HasCapacity ? 2 : 0)
        + (children && place.Services.AcceptsChildren ? 1 : 0);
}

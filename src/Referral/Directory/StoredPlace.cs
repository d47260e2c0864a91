namespace HotlineBot.Referral.Directory;

/// <summary>
/// A place as stored, with its revision: every edit, import change or status change adds 1 (capacity changes do not,
/// so referrals never make an admin's open edit stale). An edit names the revision it started from (optimistic concurrency).
/// </summary>
public sealed record StoredPlace(Place Place, long Revision);

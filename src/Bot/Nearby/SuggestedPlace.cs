using HotlineBot.Referral.Directory;

namespace HotlineBot.Nearby;

/// <summary>
/// A place offered to a citizen: its id (for the case, operators only) and what the citizen may be told
/// (<see cref="CitizenView"/>: no name or street address of an operators-only place). Nothing else of the place.
/// </summary>
public sealed record SuggestedPlace(string Id, CitizenView Citizen);

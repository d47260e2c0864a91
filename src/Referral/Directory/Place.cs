namespace HotlineBot.Referral.Directory;

/// <summary>
/// A place of help (inspired by Open Referral HSDS: location + service + contact in one record).
/// <see cref="ProvinceId"/> is a province of the 34-unit structure (resolved through the gazetteer);
/// <see cref="Name"/> and <see cref="Address"/> of an <see cref="PlaceVisibility.OperatorsOnly"/> place must never reach a
/// citizen: use <see cref="CitizenView"/> for anything a citizen sees.
/// </summary>
/// <param name="Phones">At least one; the first is the one shown to citizens.</param>
/// <param name="CapacityAvailable">Between 0 and <paramref name="CapacityTotal"/>; changed only through the store's atomic update.</param>
/// <param name="Demo">Fictitious demo data, never a real place.</param>
public sealed record Place(
    string Id,
    HelpKind Kind,
    string Name,
    string Organisation,
    string ProvinceId,
    string Commune,
    string Address,
    double Latitude,
    double Longitude,
    IReadOnlyList<string> Phones,
    OpeningSchedule Schedule,
    int CapacityTotal,
    int CapacityAvailable,
    PlaceServices Services,
    PlaceStatus Status,
    PlaceVisibility Visibility,
    string VerifiedBy,
    DateOnly? VerifiedAt,
    bool Demo)
{
    public bool IsOpenAt(DateTimeOffset at) => Status == PlaceStatus.Active && Schedule.IsOpenAt(at);

    public bool HasCapacity => CapacityAvailable > 0;
}

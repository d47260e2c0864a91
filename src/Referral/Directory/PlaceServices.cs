namespace HotlineBot.Referral.Directory;

/// <summary>What a place can take (HSDS "service attributes", reduced to what the helpline filters on).</summary>
/// <param name="Languages">ISO 639 codes, e.g. <c>vi</c>, <c>en</c>, <c>hmn</c>.</param>
public sealed record PlaceServices(
    bool AcceptsChildren,
    bool AcceptsMen,
    bool DisabilityAccess,
    bool Overnight,
    IReadOnlyList<string> Languages);

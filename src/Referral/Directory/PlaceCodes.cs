namespace HotlineBot.Referral.Directory;

/// <summary>The wire names of the directory's enums, shared by the import files, Redis and JSON output.</summary>
public static class PlaceCodes
{
    private static readonly (HelpKind Kind, string Code)[] Kinds =
    [
        (HelpKind.TrustedAddress, "trusted-address"),
        (HelpKind.CommunityShelter, "community-shelter"),
        (HelpKind.SocialSupportCentre, "social-support-centre"),
        (HelpKind.Police, "police"),
        (HelpKind.Health, "health"),
        (HelpKind.LegalAid, "legal-aid"),
    ];

    public static string KindNames => string.Join(", ", Kinds.Select(k => k.Code));

    public static string Code(HelpKind kind) => Kinds.First(k => k.Kind == kind).Code;

    public static bool TryKind(string code, out HelpKind kind)
    {
        foreach (var (k, c) in Kinds)
        {
            if (c == code)
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }

    public static string Code(PlaceVisibility visibility) =>
        visibility == PlaceVisibility.Public ? "public" : "operators-only";

    public static bool TryVisibility(string code, out PlaceVisibility visibility)
    {
        visibility = code == "operators-only" ? PlaceVisibility.OperatorsOnly : PlaceVisibility.Public;
        return code is "public" or "operators-only";
    }

    public static string Code(PlaceStatus status) =>
        status == PlaceStatus.Active ? "active" : "temporarily-closed";

    public static bool TryStatus(string code, out PlaceStatus status)
    {
        status = code == "temporarily-closed" ? PlaceStatus.TemporarilyClosed : PlaceStatus.Active;
        return code is "active" or "temporarily-closed";
    }
}

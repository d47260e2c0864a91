namespace HotlineBot.Referral.Directory;

/// <summary>The columns (CSV) or properties (JSON) of a shelter import file.</summary>
public static class ShelterColumns
{
    /// <summary>Every column, in the order the demo file uses. Lists (phones, languages) are separated by <c>|</c> in CSV.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        "id", "kind", "name", "organisation", "province", "commune", "address", "lat", "lon", "phones", "schedule",
        "capacity_total", "capacity_available", "accepts_children", "accepts_men", "disability_access", "overnight",
        "languages", "status", "visibility", "verified_by", "verified_at", "demo",
    ];

    /// <summary>Columns that may be present but empty.</summary>
    public static readonly IReadOnlySet<string> Optional = new HashSet<string>(StringComparer.Ordinal)
    {
        "organisation", "address", "accepts_children", "accepts_men", "disability_access", "overnight", "languages",
        "status", "verified_by", "verified_at", "demo",
    };
}

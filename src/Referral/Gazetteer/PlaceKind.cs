namespace HotlineBot.Referral.Gazetteer;

/// <summary>What a name in the gazetteer refers to.</summary>
public enum PlaceKind
{
    /// <summary>A current province or city (its name or an alias).</summary>
    Province,

    /// <summary>A province of the 63-unit structure, merged in 2025.</summary>
    FormerProvince,

    /// <summary>A commune, ward or former district.</summary>
    Commune,
}

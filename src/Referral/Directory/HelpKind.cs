namespace HotlineBot.Referral.Directory;

/// <summary>What kind of help a place offers. Wire names (CSV, JSON, Redis) are kebab-case: see <see cref="PlaceCodes"/>.</summary>
public enum HelpKind
{
    /// <summary>Địa chỉ tin cậy: often a private home, usually <see cref="PlaceVisibility.OperatorsOnly"/>.</summary>
    TrustedAddress,

    /// <summary>Nhà tạm lánh (community shelter).</summary>
    CommunityShelter,

    /// <summary>Cơ sở trợ giúp xã hội / trung tâm công tác xã hội.</summary>
    SocialSupportCentre,

    Police,

    Health,

    LegalAid,
}

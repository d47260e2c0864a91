namespace HotlineBot.Referral.Directory;

public enum PlaceStatus
{
    Active,

    /// <summary>Kept in the directory but never suggested.</summary>
    TemporarilyClosed,
}

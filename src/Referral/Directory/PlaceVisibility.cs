namespace HotlineBot.Referral.Directory;

/// <summary>Who may see a place's name and street address.</summary>
public enum PlaceVisibility
{
    Public,

    /// <summary>Citizens see only kind, commune, distance and a phone; operators see everything.</summary>
    OperatorsOnly,
}

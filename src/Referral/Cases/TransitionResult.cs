namespace HotlineBot.Referral.Cases;

public enum TransitionResult
{
    Done,

    /// <summary>The lifecycle does not allow this change from the case's current status.</summary>
    NotAllowed,

    NotFound,

    /// <summary>The case is claimed by another operator.</summary>
    NotYourClaim,
}

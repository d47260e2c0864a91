namespace HotlineBot.Referral.Cases;

/// <summary>
/// A referral case's lifecycle: New → Queued → Claimed → Contacted → Referred → Closed (with an outcome), or
/// Cancelled from any state before Closed. A claim not acted on in time returns the case to Queued.
/// </summary>
public enum CaseStatus
{
    New,
    Queued,
    Claimed,
    Contacted,
    Referred,
    Closed,
    Cancelled,
}

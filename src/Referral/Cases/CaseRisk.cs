namespace HotlineBot.Referral.Cases;

/// <summary>How urgent a case is; the queue serves higher risk first, then the longest waiting.</summary>
public enum CaseRisk
{
    Low,
    Medium,
    High,
}

namespace HotlineBot.Referral.Cases;

/// <summary>What a conversation hands over when it escalates to a human.</summary>
/// <param name="Cues">Risk cues found by triage (codes, not message text).</param>
/// <param name="ProvinceId">Coarse location only: province (and commune), never a street address.</param>
/// <param name="Phone">Call-back number, if given; stored encrypted.</param>
/// <param name="Notes">Free text; stored encrypted.</param>
public sealed record NewCase(
    string Channel,
    string ConversationId,
    CaseRisk Risk,
    IReadOnlyList<string> Cues,
    string? ProvinceId,
    string? Commune,
    IReadOnlyList<string> SuggestedPlaceIds,
    string? Phone,
    string? Notes);

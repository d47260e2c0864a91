namespace HotlineBot.Referral.Cases;

/// <summary>A case as operators see it (phone and notes decrypted).</summary>
public sealed record ReferralCase(
    string Id,
    string Channel,
    string ConversationId,
    CaseRisk Risk,
    IReadOnlyList<string> Cues,
    string? ProvinceId,
    string? Commune,
    IReadOnlyList<string> SuggestedPlaceIds,
    string? Phone,
    string? Notes,
    CaseStatus Status,
    string? ClaimedBy,
    string? Outcome,
    DateTimeOffset CreatedAt);

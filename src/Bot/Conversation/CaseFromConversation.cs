using HotlineBot.Language;
using HotlineBot.Referral.Cases;
using HotlineBot.State;
using HotlineBot.Turns;

namespace HotlineBot.Conversation;

/// <summary>
/// The case a conversation hands to a counsellor: channel, conversation id, risk and its cue codes, the coarse area and
/// the places offered. Never any message text, name or number.
/// </summary>
public static class CaseFromConversation
{
    public static NewCase For(TurnContext turn, CaseRisk atLeast)
    {
        var data = turn.Require<ConversationState>().Data;
        var risk = data.Risk switch
        {
            RiskLevel.High => CaseRisk.High,
            RiskLevel.Medium => CaseRisk.Medium,
            _ => CaseRisk.Low,
        };
        return new NewCase(
            turn.Activity.ChannelId ?? "unknown",
            turn.Activity.Conversation?.Id ?? "unknown",
            risk > atLeast ? risk : atLeast,
            [.. data.RiskCues.Distinct(StringComparer.Ordinal)],
            data.Nearby?.ProvinceId,
            data.Nearby?.Commune,
            data.Nearby?.SuggestedPlaceIds ?? [],
            Phone: null,
            Notes: null);
    }
}

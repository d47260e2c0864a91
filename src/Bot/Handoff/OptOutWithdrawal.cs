using HotlineBot.Referral.Cases;

namespace HotlineBot.Handoff;

/// <summary>
/// A person who opts out of SMS (STOP, HỦY…) while their request waits in the queue can no longer be texted, so the
/// request is withdrawn as if they had cancelled it (audited with the citizen as actor) instead of waiting for an
/// operator who could never reach them. A case an operator already holds is left as it is.
/// </summary>
public sealed class OptOutWithdrawal(RedisCaseStore cases, HandoffStore store, HandoffSignals signals, ILogger<OptOutWithdrawal> logger)
{
    /// <summary>Withdraws the waiting request of this SMS conversation, if there is one; whether it did.</summary>
    public async Task<bool> WithdrawAsync(string channel, string conversationId, CancellationToken cancellationToken = default)
    {
        if (await store.GetLinkAsync(channel, conversationId) is not { Active: false } link)
        {
            return false;
        }
        if (await cases.CancelQueuedAsync(link.CaseId, HumanHandoff.CitizenActor, cancellationToken) != TransitionResult.Done)
        {
            return false;
        }
        await store.RemoveLinkAsync(channel, conversationId);
        await store.ForgetToldAsync(link.CaseId);
        await signals.QueueChangedAsync();
        logger.LogInformation("Case {CaseId} withdrawn: its SMS conversation {ConversationId} opted out", link.CaseId, conversationId);
        return true;
    }
}

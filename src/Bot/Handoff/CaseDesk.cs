using HotlineBot.Content;
using HotlineBot.Operators;
using HotlineBot.Referral.Cases;
using HotlineBot.Referral.Directory;
using HotlineBot.Safety;

namespace HotlineBot.Handoff;

/// <summary>
/// What an operator does with a case, each step recorded (case store + audit), relayed to the citizen's channel,
/// announced as a handoff event and signalled to every console: claim (→ contacted, the bot falls silent), talk,
/// refer to a place (capacity taken atomically), transfer, close (the bot says goodbye with the numbers).
/// </summary>
public sealed class CaseDesk(
    RedisCaseStore cases,
    RedisPlaceStore places,
    HandoffStore store,
    HandoffSignals signals,
    CitizenRelay relay,
    HotlineContent content,
    EmergencyNumbersText numbers,
    TimeProvider clock,
    ILogger<CaseDesk> log)
{
    /// <summary>Claims this case (or the most urgent one when <paramref name="caseId"/> is null); the case id on success.</summary>
    public async Task<(DeskResult Result, string? CaseId)> ClaimAsync(string? caseId, ConsoleUser user, CancellationToken cancellationToken = default)
    {
        if (caseId is null)
        {
            caseId = await cases.ClaimNextAsync(user.Actor, cancellationToken);
            if (caseId is null)
            {
                return (DeskResult.NotFound, null);
            }
        }
        else
        {
            var claimed = await cases.ClaimAsync(caseId, user.Actor, cancellationToken);
            if (claimed != TransitionResult.Done)
            {
                return (claimed == TransitionResult.NotFound ? DeskResult.NotFound : DeskResult.Conflict, null);
            }
        }
        await cases.TransitionAsync(caseId, CaseStatus.Contacted, user.Actor, cancellationToken: cancellationToken);
        var c = (await cases.SummaryAsync(caseId, cancellationToken))!;
        await store.MarkOpenAsync(caseId);
        if (relay.CanRelay(c))
        {
            await store.SetLinkAsync(c.Channel, c.ConversationId, new HandoffLink(caseId, Active: true));
            await relay.SayAsync(c, content.Messages.Render(MessageIds.HandoffJoined), cancellationToken);
            await relay.EventAsync(HandoffEvents.StatusFor(c.Channel, c.ConversationId, HandoffEvents.States.Accepted, clock.GetUtcNow()), cancellationToken);
        }
        await store.AppendAsync(caseId, "system", "claimed", user.Name);
        log.LogInformation("Case {CaseId} claimed by {AccountId}", caseId, user.Id);
        await SignalAsync(caseId);
        return (DeskResult.Done, caseId);
    }

    /// <summary>The case if <paramref name="user"/> may work on it: its holder, or a supervisor.</summary>
    public Task<(DeskResult Result, ReferralCase? Case)> OpenAsync(string caseId, ConsoleUser user, CancellationToken cancellationToken = default) =>
        AccessAsync(caseId, user, withSecrets: true, cancellationToken);

    /// <summary>As <see cref="OpenAsync"/>, for checks that never show the phone and notes (they stay encrypted, null here).</summary>
    public Task<(DeskResult Result, ReferralCase? Case)> CheckAsync(string caseId, ConsoleUser user, CancellationToken cancellationToken = default) =>
        AccessAsync(caseId, user, withSecrets: false, cancellationToken);

    private async Task<(DeskResult Result, ReferralCase? Case)> AccessAsync(string caseId, ConsoleUser user, bool withSecrets, CancellationToken cancellationToken)
    {
        var c = withSecrets ? await cases.GetAsync(caseId, cancellationToken) : await cases.SummaryAsync(caseId, cancellationToken);
        if (c is null)
        {
            return (DeskResult.NotFound, null);
        }
        return c.ClaimedBy == user.Actor || user.Supervises ? (DeskResult.Done, c) : (DeskResult.NotYours, null);
    }

    /// <summary>Relays the operator's message to the citizen; Conflict when the case is not live or its channel cannot carry it.</summary>
    public async Task<DeskResult> SayAsync(string caseId, ConsoleUser user, string text, CancellationToken cancellationToken = default)
    {
        var (result, c) = await HeldAsync(caseId, user, cancellationToken);
        if (result != DeskResult.Done)
        {
            return result;
        }
        if (!await relay.SayAsync(c!, text, cancellationToken))
        {
            return DeskResult.Conflict;
        }
        await store.AppendAsync(caseId, "operator", text, user.Name);
        await signals.CaseChangedAsync(caseId);
        return DeskResult.Done;
    }

    public async Task<DeskResult> TypingAsync(string caseId, ConsoleUser user, CancellationToken cancellationToken = default)
    {
        var (result, c) = await HeldAsync(caseId, user, cancellationToken);
        if (result == DeskResult.Done)
        {
            await relay.TypingAsync(c!, cancellationToken);
        }
        return result;
    }

    public async Task<DeskResult> NoteAsync(string caseId, ConsoleUser user, string text, CancellationToken cancellationToken = default)
    {
        var (result, _) = await CheckAsync(caseId, user, cancellationToken);
        if (result == DeskResult.Done)
        {
            await cases.AddNoteAsync(caseId, user.Actor, text, cancellationToken);
            await signals.CaseChangedAsync(caseId);
        }
        return result;
    }

    /// <summary>Refers the case to a place: one place of capacity is taken (refused when none is left), the case becomes referred.</summary>
    public async Task<DeskResult> ReferAsync(string caseId, ConsoleUser user, string placeId, CancellationToken cancellationToken = default)
    {
        var (result, c) = await HeldAsync(caseId, user, cancellationToken);
        if (result != DeskResult.Done)
        {
            return result;
        }
        var place = await places.GetAsync(placeId, cancellationToken);
        if (place is null)
        {
            return DeskResult.NotFound;
        }
        if (c!.Status != CaseStatus.Contacted)
        {
            return DeskResult.Conflict;
        }
        if (place.CapacityTotal > 0 && !(await places.ChangeCapacityAsync(placeId, -1, user.Actor, cancellationToken)).Applied)
        {
            return DeskResult.Conflict;
        }
        if (await cases.TransitionAsync(caseId, CaseStatus.Referred, user.Actor, cancellationToken: cancellationToken) != TransitionResult.Done)
        {
            if (place.CapacityTotal > 0)
            {
                await places.ChangeCapacityAsync(placeId, +1, user.Actor, cancellationToken);
            }
            return DeskResult.Conflict;
        }
        await cases.AuditAsync(caseId, user.Actor, "refer", $$"""{"place":"{{placeId}}"}""", cancellationToken);
        await store.AppendAsync(caseId, "system", "referred:" + placeId, user.Name);
        await SignalAsync(caseId);
        return DeskResult.Done;
    }

    /// <summary>Hands the case to another operator or supervisor; the citizen is told someone else will continue.</summary>
    public async Task<DeskResult> TransferAsync(string caseId, ConsoleUser user, OperatorAccount to, CancellationToken cancellationToken = default)
    {
        var reassigned = await cases.ReassignAsync(caseId, user.Actor, to.Id, user.Supervises ? null : user.Actor, cancellationToken);
        if (reassigned != TransitionResult.Done)
        {
            return reassigned switch
            {
                TransitionResult.NotFound => DeskResult.NotFound,
                TransitionResult.NotYourClaim => DeskResult.NotYours,
                _ => DeskResult.Conflict,
            };
        }
        var c = (await cases.SummaryAsync(caseId, cancellationToken))!;
        await relay.SayAsync(c, content.Messages.Render(MessageIds.HandoffTransferred), cancellationToken);
        await store.AppendAsync(caseId, "system", "transferred:" + to.Name, user.Name);
        await SignalAsync(caseId);
        return DeskResult.Done;
    }

    /// <summary>Closes with an outcome code; the bot takes the conversation back, says goodbye and gives the numbers.</summary>
    public async Task<DeskResult> CloseAsync(string caseId, ConsoleUser user, string outcome, CancellationToken cancellationToken = default)
    {
        var (result, c) = await HeldAsync(caseId, user, cancellationToken);
        if (result != DeskResult.Done)
        {
            return result;
        }
        if (await cases.TransitionAsync(caseId, CaseStatus.Closed, user.Actor, outcome, cancellationToken) != TransitionResult.Done)
        {
            return DeskResult.Conflict;
        }
        await store.MarkDoneAsync(caseId);
        await store.RemoveLinkAsync(c!.Channel, c.ConversationId);
        await relay.SayAsync(c, content.Messages.Render(MessageIds.HandoffClosed, ("numbers", numbers.Line)), cancellationToken);
        await relay.EventAsync(HandoffEvents.StatusFor(c.Channel, c.ConversationId, HandoffEvents.States.Completed, clock.GetUtcNow()), cancellationToken);
        await store.AppendAsync(caseId, "system", "closed:" + outcome, user.Name);
        log.LogInformation("Case {CaseId} closed by {AccountId} with outcome {Outcome}", caseId, user.Id, outcome);
        await SignalAsync(caseId);
        return DeskResult.Done;
    }

    // A live case (contacted or referred) the user may act on.
    private async Task<(DeskResult, ReferralCase?)> HeldAsync(string caseId, ConsoleUser user, CancellationToken cancellationToken)
    {
        var (result, c) = await CheckAsync(caseId, user, cancellationToken);
        if (result != DeskResult.Done)
        {
            return (result, null);
        }
        return c!.Status is CaseStatus.Contacted or CaseStatus.Referred ? (DeskResult.Done, c) : (DeskResult.Conflict, null);
    }

    private async Task SignalAsync(string caseId)
    {
        await signals.CaseChangedAsync(caseId);
        await signals.QueueChangedAsync();
    }
}

using HotlineBot.Activities;
using HotlineBot.Channels.DirectLine;
using HotlineBot.Content;
using HotlineBot.Hosting;
using HotlineBot.Safety;
using HotlineBot.Turns;
using Microsoft.Extensions.Options;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// The SMS channel adapter: handles the channel's own keywords (opt-out, opt-in, help), runs the turn one at a time
/// per conversation, renders the replies as SMS texts and puts them in the outbox. Nothing is sent to a number that
/// opted out, and nothing is sent that was not an answer to the person's own message. A conversation in discreet mode
/// ("nhắn kín đáo") is answered with discreet message variants, and the renderer's safety net cleans the rest.
/// Opting out also withdraws a request still waiting for a counsellor (<see cref="Handoff.OptOutWithdrawal"/>).
/// </summary>
public sealed class SmsAdapter(
    TurnRunner runner,
    ConversationLocks locks,
    EmergencyFallback fallback,
    EmergencyNumbersText numbers,
    HotlineContent content,
    SmsRenderer renderer,
    ISmsStore store,
    IOutbox outbox,
    TimeProvider clock,
    IOptions<HotlineOptions> hotline,
    IOptions<SmsOptions> options,
    ILogger<SmsAdapter> logger,
    Handoff.OptOutWithdrawal? withdrawal = null)
{
    /// <summary>Handles one inbound SMS; <paramref name="encryptedFrom"/> is the sender as sealed by <see cref="PhoneProtector"/>.</summary>
    public Task HandleAsync(Activity inbound, string encryptedFrom, CancellationToken cancellationToken = default)
    {
        var conversationId = inbound.Conversation!.Id;
        return locks.RunAsync(conversationId, async () =>
        {
            var keyword = SmsKeywords.Classify(inbound.Text);
            if (keyword == SmsKeyword.OptOut)
            {
                await store.SetOptedOutAsync(conversationId, true, cancellationToken);
                logger.LogInformation("SMS conversation {ConversationId} opted out", conversationId);
                if (withdrawal is not null)
                {
                    await withdrawal.WithdrawAsync(TwilioPayload.ChannelId, conversationId, cancellationToken); // nobody could text them back
                }
                return true;
            }
            if (await store.IsOptedOutAsync(conversationId, cancellationToken))
            {
                if (keyword != SmsKeyword.OptIn)
                {
                    return true; // opted out: no more SMS until START
                }
                await store.SetOptedOutAsync(conversationId, false, cancellationToken);
                logger.LogInformation("SMS conversation {ConversationId} opted back in", conversationId);
            }
            var plain = await WritesWithoutDiacriticsAsync(conversationId, inbound.Text, cancellationToken);
            var discreetMode = await DiscreetModeAsync(conversationId, keyword, cancellationToken);
            IReadOnlyList<Activity> replies;
            using (DiscreetMessages.Begin(discreetMode)) // {id}.discreet variants for everything said in this turn
            {
                replies = keyword switch
                {
                    SmsKeyword.Help => [inbound.CreateReply(content.Messages.Render(MessageIds.SmsHelp, ("numbers", numbers.Line)))],
                    SmsKeyword.DiscreetOn => [inbound.CreateReply(content.Messages.Render(MessageIds.SmsDiscreetOn, ("numbers", numbers.Line)))],
                    SmsKeyword.DiscreetOff => [inbound.CreateReply(content.Messages.Render(MessageIds.SmsDiscreetOff, ("numbers", numbers.Line)))],
                    _ => await RunTurnAsync(Handoff.SmsRecipient.Attach(inbound, encryptedFrom), cancellationToken), // so an operator can answer later
                };
            }
            var offer = await OfferDiscreetModeAsync(conversationId, keyword, discreetMode, replies, cancellationToken);
            foreach (var body in renderer.Render(replies, plain, discreetMode, offer))
            {
                var entry = new OutboxEntry(Guid.NewGuid().ToString("N"), conversationId, encryptedFrom, body, clock.GetUtcNow());
                await outbox.EnqueueAsync(entry, CancellationToken.None);
            }
            return true;
        }, cancellationToken);
    }

    /// <summary>Whether this turn is answered discreetly: turned on or off by this very text, or as stored (and then renewed).</summary>
    private async Task<bool> DiscreetModeAsync(string conversationId, SmsKeyword keyword, CancellationToken cancellationToken)
    {
        var retention = options.Value.DiscreetRetention;
        if (keyword is SmsKeyword.DiscreetOn or SmsKeyword.DiscreetOff)
        {
            var on = keyword == SmsKeyword.DiscreetOn;
            await store.SetDiscreetAsync(conversationId, on, retention, cancellationToken);
            await store.TryMarkDiscreetOfferedAsync(conversationId, hotline.Value.ConversationRetention, cancellationToken); // known now: never offered again
            logger.LogInformation("SMS conversation {ConversationId} turned discreet mode {Mode}", conversationId, on ? "on" : "off");
            return on;
        }
        if (!await store.IsDiscreetAsync(conversationId, cancellationToken))
        {
            return false;
        }
        await store.SetDiscreetAsync(conversationId, true, retention, cancellationToken);
        return true;
    }

    /// <summary>The offer of discreet mode, closing the first reply of a conversation (once), or null.</summary>
    private async Task<string?> OfferDiscreetModeAsync(string conversationId, SmsKeyword keyword, bool discreetMode, IReadOnlyList<Activity> replies, CancellationToken cancellationToken) =>
        !discreetMode && keyword is not (SmsKeyword.DiscreetOn or SmsKeyword.DiscreetOff)
        && replies.Any(r => r.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(r.Text))
        && await store.TryMarkDiscreetOfferedAsync(conversationId, hotline.Value.ConversationRetention, cancellationToken)
            ? content.Messages.Render(MessageIds.SmsDiscreetOffer)
            : null;

    private async Task<bool> WritesWithoutDiacriticsAsync(string conversationId, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text) || !text.Any(char.IsLetter))
        {
            return await store.GetPlainTextAsync(conversationId, cancellationToken) ?? false;
        }
        var plain = SmsFolding.IsWrittenWithoutDiacritics(text);
        await store.SetPlainTextAsync(conversationId, plain, hotline.Value.ConversationRetention, cancellationToken);
        return plain;
    }

    /// <summary>Runs the turn and returns its replies; a failed turn still answers with the emergency numbers.</summary>
    private async Task<IReadOnlyList<Activity>> RunTurnAsync(Activity inbound, CancellationToken cancellationToken)
    {
        var replies = new List<Activity>();
        try
        {
            await runner.RunTurnAsync(inbound, (sent, ct) =>
            {
                lock (replies)
                {
                    replies.AddRange(sent);
                }
                return Task.FromResult(sent);
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Turn failed in SMS conversation {ConversationId}", inbound.Conversation!.Id);
            lock (replies)
            {
                if (!replies.Any(r => r.Type == ActivityTypes.Message))
                {
                    replies.Add(fallback.ReplyTo(inbound));
                }
            }
        }
        lock (replies)
        {
            return replies.ToList();
        }
    }
}

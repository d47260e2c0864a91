using HotlineBot.Activities;
using HotlineBot.Channels.DirectLine;
using HotlineBot.Channels.Sms;
using HotlineBot.Content;
using HotlineBot.Referral.Cases;

namespace HotlineBot.Handoff;

/// <summary>
/// Delivers what the operator side says to the citizen, on the citizen's own channel. Web chat: appended to the
/// Direct Line log, so the citizen's stream delivers it from whichever instance holds it (Redis pub/sub).
/// SMS (when the channel is on): rendered like the bot's texts (no diacritics if the person writes without) and put in
/// the durable outbox for the sealed number kept with the case; nothing goes to a number that opted out.
/// </summary>
public sealed class CitizenRelay(
    IConversationLog log,
    HandoffStore store,
    HotlineContent content,
    TimeProvider clock,
    IOutbox outbox,
    ISmsStore sms,
    SmsRenderer? renderer = null)
{
    /// <summary>True when the channel can carry live messages from the console.</summary>
    public bool CanRelay(string channel) =>
        channel == DirectLineAdapter.ChannelId || (channel == TwilioPayload.ChannelId && renderer is not null);

    public async Task<bool> SayAsync(ReferralCase c, string text, CancellationToken cancellationToken = default)
    {
        if (c.Channel == DirectLineAdapter.ChannelId)
        {
            await log.AppendAsync(c.ConversationId, Message(c, ActivityTypes.Message, text), cancellationToken);
            return true;
        }
        if (c.Channel != TwilioPayload.ChannelId || renderer is null || await store.RecipientAsync(c.Id) is not { } to
            || await sms.IsOptedOutAsync(c.ConversationId, cancellationToken))
        {
            return false;
        }
        var plain = await sms.GetPlainTextAsync(c.ConversationId, cancellationToken) ?? false;
        foreach (var body in renderer.Render([Message(c, ActivityTypes.Message, text)], plain))
        {
            await outbox.EnqueueAsync(new OutboxEntry(Guid.NewGuid().ToString("N"), c.ConversationId, to, body, clock.GetUtcNow()), cancellationToken);
        }
        return true;
    }

    /// <summary>Shows the operator typing (web chat only: a text message cannot show typing).</summary>
    public async Task TypingAsync(ReferralCase c, CancellationToken cancellationToken = default)
    {
        if (c.Channel == DirectLineAdapter.ChannelId)
        {
            await log.AppendAsync(c.ConversationId, Message(c, ActivityTypes.Typing, null), cancellationToken);
        }
    }

    /// <summary>A handoff event on the conversation (web chat ignores events; a hub reading the log sees them).</summary>
    public async Task EventAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        if (activity.ChannelId == DirectLineAdapter.ChannelId)
        {
            await log.AppendAsync(activity.Conversation!.Id, activity, cancellationToken);
        }
    }

    // The citizen sees a role, never the operator's name or account.
    private Activity Message(ReferralCase c, string type, string? text) => new()
    {
        Type = type,
        ChannelId = c.Channel,
        Conversation = new ConversationAccount(c.ConversationId),
        From = new ChannelAccount("hotline-operator", content.Messages.Render(MessageIds.HandoffOperatorName), "bot"),
        Text = text,
        Locale = "vi-VN",
        Timestamp = clock.GetUtcNow(),
    };
}

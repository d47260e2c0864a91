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
    /// <summary>
    /// True when the case is a live conversation the console can talk into: its channel carries messages from the
    /// console, and it is not a call-back request (those are phoned; the chat is not taken over).
    /// </summary>
    public bool CanRelay(ReferralCase c) =>
        !c.Cues.Contains(HumanHandoff.CallbackCue)
        && (c.Channel == DirectLineAdapter.ChannelId || (c.Channel == TwilioPayload.ChannelId && renderer is not null));

    /// <summary>False when it could not be delivered (not relayable, conversation expired, SMS opted out).</summary>
    public async Task<bool> SayAsync(ReferralCase c, string text, CancellationToken cancellationToken = default)
    {
        if (!CanRelay(c))
        {
            return false;
        }
        if (c.Channel == DirectLineAdapter.ChannelId)
        {
            return await AppendAsync(c.ConversationId, Message(c, ActivityTypes.Message, text), cancellationToken);
        }
        if (renderer is null || await store.RecipientAsync(c.Id) is not { } to
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
        if (CanRelay(c) && c.Channel == DirectLineAdapter.ChannelId)
        {
            await AppendAsync(c.ConversationId, Message(c, ActivityTypes.Typing, null), cancellationToken);
        }
    }

    /// <summary>A handoff event on the conversation (web chat ignores events; a hub reading the log sees them).</summary>
    public async Task EventAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        if (activity.ChannelId == DirectLineAdapter.ChannelId)
        {
            await AppendAsync(activity.Conversation!.Id, activity, cancellationToken);
        }
    }

    // A web chat conversation expires with the transcript retention, a case later: then there is no one to tell.
    private async Task<bool> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await log.AppendAsync(conversationId, activity, cancellationToken);
            return true;
        }
        catch (ConversationNotFoundException)
        {
            return false;
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

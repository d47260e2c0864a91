using HotlineBot.Activities;
using HotlineBot.Channels.DirectLine;
using HotlineBot.Content;

namespace HotlineBot.Handoff;

/// <summary>
/// Delivers what the operator side says to the citizen, on the citizen's own channel. Web chat: appended to the
/// Direct Line log, so the citizen's stream delivers it from whichever instance holds it (Redis pub/sub).
/// SMS: not wired yet (the operator is told the message could not be relayed).
/// </summary>
public sealed class CitizenRelay(IConversationLog log, HotlineContent content, TimeProvider clock)
{
    /// <summary>True when the channel can carry live messages from the console.</summary>
    public static bool CanRelay(string channel) => channel == DirectLineAdapter.ChannelId;

    public async Task<bool> SayAsync(string channel, string conversationId, string text, CancellationToken cancellationToken = default)
    {
        if (!CanRelay(channel))
        {
            return false;
        }
        await log.AppendAsync(conversationId, new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = channel,
            Conversation = new ConversationAccount(conversationId),
            From = OperatorAccount(),
            Text = text,
            Locale = "vi-VN",
            Timestamp = clock.GetUtcNow(),
        }, cancellationToken);
        return true;
    }

    public async Task TypingAsync(string channel, string conversationId, CancellationToken cancellationToken = default)
    {
        if (CanRelay(channel))
        {
            await log.AppendAsync(conversationId, new Activity
            {
                Type = ActivityTypes.Typing,
                ChannelId = channel,
                Conversation = new ConversationAccount(conversationId),
                From = OperatorAccount(),
                Timestamp = clock.GetUtcNow(),
            }, cancellationToken);
        }
    }

    /// <summary>A handoff event on the conversation (web chat ignores events; a hub reading the log sees them).</summary>
    public async Task EventAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        if (CanRelay(activity.ChannelId ?? ""))
        {
            await log.AppendAsync(activity.Conversation!.Id, activity, cancellationToken);
        }
    }

    // The citizen sees a role, never the operator's name or account.
    private ChannelAccount OperatorAccount() => new("hotline-operator", content.Messages.Render(MessageIds.HandoffOperatorName), "bot");
}

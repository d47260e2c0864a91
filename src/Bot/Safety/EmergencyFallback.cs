using HotlineBot.Activities;
using HotlineBot.Content;

namespace HotlineBot.Safety;

/// <summary>
/// The reply a citizen gets when the bot itself failed: an apology and the emergency numbers, built from memory
/// only (no Redis, no network), so that a failure never leaves someone in danger without the numbers.
/// </summary>
public sealed class EmergencyFallback(HotlineContent content, EmergencyNumbersText numbers)
{
    public Activity ReplyTo(Activity inbound) =>
        inbound.CreateReply(content.Messages.Render(MessageIds.ErrorFallback, ("numbers", numbers.Line))) with
        {
            From = ChannelAccount.Bot,
        };
}

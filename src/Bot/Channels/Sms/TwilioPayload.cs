using HotlineBot.Activities;
using Microsoft.Extensions.Primitives;

namespace HotlineBot.Channels.Sms;

/// <summary>Maps a Twilio inbound-message form to an Activity. Pure: no I/O, and the phone number never leaves it in clear.</summary>
public static class TwilioPayload
{
    public const string ChannelId = "sms";

    public static Activity ToActivity(IReadOnlyDictionary<string, StringValues> form, PhoneProtector phones, DateTimeOffset receivedAt)
    {
        var conversationId = phones.ConversationId(form["From"].ToString());
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = form["MessageSid"].ToString(),
            ChannelId = ChannelId,
            Conversation = new ConversationAccount(conversationId),
            From = new ChannelAccount(conversationId, Role: "user"),
            Recipient = ChannelAccount.Bot,
            Text = form["Body"].ToString(),
            Locale = "vi-VN",
            Timestamp = receivedAt,
        };
    }
}

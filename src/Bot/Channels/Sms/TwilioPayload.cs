using HotlineBot.Activities;
using Microsoft.Extensions.Primitives;

namespace HotlineBot.Channels.Sms;

/// <summary>Maps a Twilio inbound-message form to an Activity. Pure: no I/O, and the phone number never leaves it in clear.</summary>
public static class TwilioPayload
{
    public const string ChannelId = "sms";

    public static Activity ToActivity(IReadOnlyDictionary<string, StringValues> form, PhoneProtector phones, DateTimeOffset receivedAt) =>
        ToActivity(form["MessageSid"].ToString(), phones.ConversationId(form["From"].ToString()), form["Body"].ToString(), receivedAt);

    /// <summary>The activity of an inbound SMS already reduced to what the inbox keeps.</summary>
    public static Activity ToActivity(string messageSid, string conversationId, string body, DateTimeOffset receivedAt) =>
        new()
        {
            Type = ActivityTypes.Message,
            Id = messageSid,
            ChannelId = ChannelId,
            Conversation = new ConversationAccount(conversationId),
            From = new ChannelAccount(conversationId, Role: "user"),
            Recipient = ChannelAccount.Bot,
            Text = body,
            Locale = "vi-VN",
            Timestamp = receivedAt,
        };
}

using System.Text.Json;
using HotlineBot.Activities;

namespace HotlineBot.Handoff;

/// <summary>
/// How an SMS turn tells the handoff whom to answer later: the sender, sealed by the SMS channel's
/// <c>PhoneProtector</c> (AES-GCM, never in clear), in the inbound activity's <c>channelData.smsTo</c>.
/// </summary>
public static class SmsRecipient
{
    private const string Property = "smsTo";

    public static Activity Attach(Activity inbound, string sealedNumber) =>
        inbound with { ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [Property] = sealedNumber }) };

    public static string? Of(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(Property, out var to) && to.ValueKind == JsonValueKind.String
            ? to.GetString()
            : null;
}

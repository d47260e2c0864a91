using System.ComponentModel.DataAnnotations;

namespace HotlineBot.Channels.Sms;

/// <summary>The <c>Twilio</c> configuration section. The SMS channel is on only when <see cref="AccountSid"/> is set.</summary>
public sealed class TwilioOptions
{
    public const string Section = "Twilio";

    [Required, RegularExpression("^AC[0-9a-zA-Z]{8,64}$")]
    public string AccountSid { get; set; } = "";

    /// <summary>Signs inbound webhooks and authenticates outbound calls (HTTP Basic AccountSid:AuthToken).</summary>
    [Required, MinLength(8)]
    public string AuthToken { get; set; } = "";

    /// <summary>Our number (E.164) that replies come from.</summary>
    [Required, RegularExpression(@"^\+?[0-9]{3,20}$")]
    public string FromNumber { get; set; } = "";

    [Required, Url]
    public string ApiBaseUrl { get; set; } = "https://api.twilio.com";
}

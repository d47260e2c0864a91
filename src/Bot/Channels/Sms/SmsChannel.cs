using HotlineBot.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace HotlineBot.Channels.Sms;

/// <summary>What the SMS endpoints need, bundled as one service.</summary>
public sealed class SmsChannel(
    ISmsStore store,
    IInbox inbox,
    PhoneProtector phones,
    TimeProvider clock,
    IOptions<SmsOptions> options,
    IOptions<TwilioOptions> twilio,
    IOptions<HotlineOptions> hotline,
    ILogger<SmsChannel> logger)
{
    public ISmsStore Store => store;

    public IInbox Inbox => inbox;

    public PhoneProtector Phones => phones;

    public TimeProvider Clock => clock;

    public SmsOptions Options => options.Value;

    public ILogger Logger => logger;

    public bool IsSigned(HttpRequest request, Dictionary<string, StringValues> form) =>
        TwilioSignature.IsValid(twilio.Value.AuthToken, SmsRequestUrl.Of(request, hotline.Value.PublicBaseUrl),
            SmsForm.Pairs(form), request.Headers["X-Twilio-Signature"].ToString());
}

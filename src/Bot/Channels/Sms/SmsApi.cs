using System.Text.RegularExpressions;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// Twilio's webhooks: <c>POST /api/sms/twilio</c> (an inbound SMS) and <c>POST /api/sms/twilio/status</c> (delivery
/// status). Checks come first — form and size (400 with a reason), then the signature (403) — and an accepted message
/// is answered at once with empty TwiML; the turn runs afterwards and its replies go out through the outbox.
/// </summary>
public static partial class SmsApi
{
    public const string InboundPath = "/api/sms/twilio";
    public const string StatusPath = "/api/sms/twilio/status";
    public const int MaxBodyLength = 1600;
    public const string EmptyTwiml = """<?xml version="1.0" encoding="utf-8"?><Response></Response>""";

    public static RouteGroupBuilder MapSms(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(InboundPath).WithTags("SMS (Twilio)");
        group.MapPost("", ReceiveAsync);
        group.MapPost("/status", StatusAsync);
        return group;
    }

    private static async Task<IResult> ReceiveAsync(HttpContext http, SmsChannel sms, SmsRateLimits limits, Safety.EmergencyFallback fallback,
        Content.HotlineContent content, Safety.EmergencyNumbersText numbers, DiscreetRewriter discreet, CancellationToken cancellationToken)
    {
        var (form, problem) = await SmsForm.ReadAsync(http.Request, sms.Options.MaxWebhookBytes, cancellationToken);
        if (form is null)
        {
            return BadRequest(problem!);
        }
        if (!sms.IsSigned(http.Request, form))
        {
            return Forbidden(sms, "inbound");
        }
        var messageSid = SmsForm.Single(form, "MessageSid");
        var from = SmsForm.Single(form, "From");
        var body = SmsForm.Single(form, "Body");
        problem = messageSid is null || !Sid().IsMatch(messageSid) ? "MessageSid is missing, repeated or malformed."
            : from is null || !Phone().IsMatch(from) ? "From is missing, repeated or not a phone number."
            : body is null ? "Body is missing or repeated."
            : body.Length > MaxBodyLength ? $"Body is longer than {MaxBodyLength} characters."
            : null;
        if (problem is not null)
        {
            return BadRequest(problem);
        }
        var inbound = TwilioPayload.ToActivity(form, sms.Phones, sms.Clock.GetUtcNow());
        if (!limits.TryAcquire(inbound.Conversation!.Id))
        {
            if (!await ClaimOverLimitAsync(sms, messageSid!, cancellationToken))
            {
                return Twiml(); // a Twilio retry of a message already answered: never a second reply
            }
            sms.Logger.LogWarning("SMS conversation {ConversationId} over its rate limit; answered with the slow-down text", inbound.Conversation.Id);
            var discreetMode = await IsDiscreetAsync(sms, inbound.Conversation.Id, cancellationToken);
            using (Content.DiscreetMessages.Begin(discreetMode))
            {
                var slowDown = content.Messages.Render(Content.MessageIds.SmsSlowDown, ("numbers", numbers.Line));
                slowDown = discreetMode ? discreet.Rewrite(slowDown) : slowDown;
                return TypedResults.Text(TwimlWith(SmsFolding.RemoveDiacritics(slowDown)), "text/xml", System.Text.Encoding.UTF8);
            }
        }
        var entry = new InboxEntry(messageSid!, inbound.Conversation!.Id, body!, inbound.Timestamp!.Value, sms.Phones.Encrypt(from!));
        try
        {
            await sms.Inbox.AcceptAsync(entry, sms.Options.MessageSidRetention, cancellationToken); // false: a retry, no second reply
        }
        catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException)
        {
            // Redis is down: the turn cannot run, but the person still gets the emergency numbers, in this response
            // (TwiML, no Redis, no REST call), without diacritics so it stays one short GSM-7 text. Whether the person
            // asked for discreet mode cannot be read now, so it is worded discreetly: the numbers, without labels.
            sms.Logger.LogError(e, "SMS inbox unavailable; answered conversation {ConversationId} with the emergency numbers", entry.ConversationId);
            using var discreetScope = Content.DiscreetMessages.Begin();
            var text = SmsFolding.RemoveDiacritics(discreet.Rewrite(fallback.ReplyTo(inbound).Text ?? ""));
            return TypedResults.Text(TwimlWith(text), "text/xml", System.Text.Encoding.UTF8);
        }
        return Twiml();
    }

    /// <summary>
    /// Claims the MessageSid of a text over the rate limit, so that it and its retries get one answer only: false when
    /// it was already accepted or answered. If Redis cannot say, the slow-down text (with the numbers) goes out.
    /// </summary>
    private static async Task<bool> ClaimOverLimitAsync(SmsChannel sms, string messageSid, CancellationToken cancellationToken)
    {
        try
        {
            return await sms.Store.TryClaimMessageAsync(messageSid, sms.Options.MessageSidRetention, cancellationToken);
        }
        catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException)
        {
            return true;
        }
    }

    /// <summary>Whether the conversation is in discreet mode; when that cannot be read, it is assumed (the safer wording).</summary>
    private static async Task<bool> IsDiscreetAsync(SmsChannel sms, string conversationId, CancellationToken cancellationToken)
    {
        try
        {
            return await sms.Store.IsDiscreetAsync(conversationId, cancellationToken);
        }
        catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException)
        {
            return true;
        }
    }

    /// <summary>TwiML that answers with one message, XML-escaped.</summary>
    public static string TwimlWith(string message) =>
        """<?xml version="1.0" encoding="utf-8"?><Response><Message>""" + System.Security.SecurityElement.Escape(message) + "</Message></Response>";

    private static async Task<IResult> StatusAsync(HttpContext http, SmsChannel sms, CancellationToken cancellationToken)
    {
        var (form, problem) = await SmsForm.ReadAsync(http.Request, sms.Options.MaxWebhookBytes, cancellationToken);
        if (form is null)
        {
            return BadRequest(problem!);
        }
        if (!sms.IsSigned(http.Request, form))
        {
            return Forbidden(sms, "status");
        }
        var messageSid = SmsForm.Single(form, "MessageSid");
        var status = SmsForm.Single(form, "MessageStatus");
        if (messageSid is null || !Sid().IsMatch(messageSid) || status is null || !Status().IsMatch(status))
        {
            return BadRequest("MessageSid and MessageStatus are required.");
        }
        var errorCode = SmsForm.Single(form, "ErrorCode");
        await sms.Store.RecordStatusAsync(messageSid, status, errorCode is { Length: <= 10 } ? errorCode : null, TimeSpan.FromDays(7), cancellationToken);
        return Twiml();
    }

    private static IResult Twiml() => TypedResults.Text(EmptyTwiml, "text/xml", System.Text.Encoding.UTF8);

    private static IResult BadRequest(string reason) =>
        TypedResults.Problem(reason, statusCode: StatusCodes.Status400BadRequest, title: "Malformed Twilio webhook");

    private static IResult Forbidden(SmsChannel sms, string hook)
    {
        sms.Logger.LogWarning("Twilio {Hook} webhook with a missing or wrong X-Twilio-Signature rejected", hook);
        return TypedResults.Problem("X-Twilio-Signature is missing or wrong.", statusCode: StatusCodes.Status403Forbidden);
    }

    [GeneratedRegex("^[A-Z]{2}[0-9a-fA-F]{32}$")]
    private static partial Regex Sid();

    [GeneratedRegex(@"^\+?[0-9]{3,20}$")]
    private static partial Regex Phone();

    [GeneratedRegex("^[a-z_]{2,32}$")]
    private static partial Regex Status();
}

namespace HotlineBot.Channels.Sms;

/// <summary>The outcome of one send, with Twilio's message sid when sent and its error code when refused.</summary>
public sealed record TwilioSendResult(TwilioSendOutcome Outcome, string? MessageSid = null, int? ErrorCode = null, int HttpStatus = 0);

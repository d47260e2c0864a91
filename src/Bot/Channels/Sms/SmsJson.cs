using System.Text.Json.Serialization;

namespace HotlineBot.Channels.Sms;

/// <summary>Source-generated JSON for what the SMS channel stores and reads.</summary>
[JsonSerializable(typeof(OutboxEntry))]
[JsonSerializable(typeof(InboxEntry))]
[JsonSerializable(typeof(TwilioError))]
[JsonSerializable(typeof(TwilioMessage))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class SmsJson : JsonSerializerContext;

/// <summary>Twilio's error body: <c>{"code":21211,"message":"…","status":400}</c>.</summary>
internal sealed record TwilioError(int? Code, string? Message, int? Status);

/// <summary>The part of Twilio's Message resource we read.</summary>
internal sealed record TwilioMessage(string? Sid, string? Status);

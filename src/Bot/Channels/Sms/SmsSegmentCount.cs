namespace HotlineBot.Channels.Sms;

/// <summary>What a body costs: its encoding, the number of segments, and its length in septets (GSM-7) or UTF-16 units (UCS-2).</summary>
public sealed record SmsSegmentCount(SmsEncoding Encoding, int Segments, int Units);

namespace HotlineBot.Channels.Sms;

/// <summary>How an SMS body is encoded on the air: GSM-7 when every character allows it, otherwise UCS-2.</summary>
public enum SmsEncoding
{
    Gsm7,
    Ucs2,
}

using System.Text;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// Counts SMS segments as carriers (and Twilio) do (PROTOCOLS §3, vectors T3): after NFC, a body is GSM-7 if every
/// character is in the GSM 03.38 table (extension characters cost 2 septets): 160 septets in one segment, else 153
/// per part. One other character makes the whole body UCS-2: 70 UTF-16 units in one segment, else 67 per part
/// (an emoji is 2 units). A part never splits an escape pair or a surrogate pair.
/// </summary>
public static class SmsSegments
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "\f^{}\\[~]|€";

    public static SmsSegmentCount Count(string body)
    {
        var text = body.Normalize(NormalizationForm.FormC);
        return IsGsm7(text) ? CountGsm7(text) : CountUcs2(text);
    }

    /// <summary>True when every character of the (NFC) text can be sent in GSM-7.</summary>
    public static bool IsGsm7(string text)
    {
        foreach (var c in text)
        {
            if (!Basic.Contains(c) && !Extension.Contains(c))
            {
                return false;
            }
        }
        return true;
    }

    private static SmsSegmentCount CountGsm7(string text)
    {
        var septets = 0;
        var parts = 1;
        var inPart = 0;
        foreach (var c in text)
        {
            var cost = Extension.Contains(c) ? 2 : 1;
            septets += cost;
            if (inPart + cost > 153)
            {
                parts++;
                inPart = 0;
            }
            inPart += cost;
        }
        return new SmsSegmentCount(SmsEncoding.Gsm7, septets <= 160 ? 1 : parts, septets);
    }

    private static SmsSegmentCount CountUcs2(string text)
    {
        var parts = 1;
        var inPart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var cost = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            if (inPart + cost > 67)
            {
                parts++;
                inPart = 0;
            }
            inPart += cost;
            i += cost - 1;
        }
        return new SmsSegmentCount(SmsEncoding.Ucs2, text.Length <= 70 ? 1 : parts, text.Length);
    }
}

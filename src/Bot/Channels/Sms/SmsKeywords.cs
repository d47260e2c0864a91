using System.Text;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// Twilio's long-code keywords plus the Vietnamese ones (PROTOCOLS §3). Only a message that is the keyword alone
/// counts (case and surrounding punctuation ignored). HỦY and DỪNG count only with their diacritics: "dung" is also
/// "đúng" (right) and "huy" cancels a dialog, and neither must stop someone's SMS by accident. Discreet mode is turned
/// on by "nhắn kín đáo" or "kín đáo" and off by "nhắn bình thường", with or without diacritics.
/// </summary>
public static class SmsKeywords
{
    private static readonly HashSet<string> OptOut =
        new(["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT", "HỦY", "HUỶ", "DỪNG"], StringComparer.Ordinal);

    private static readonly HashSet<string> OptIn = new(["START", "YES", "UNSTOP"], StringComparer.Ordinal);

    private static readonly HashSet<string> Help = new(["HELP", "INFO", "TRỢ GIÚP", "TRO GIUP"], StringComparer.Ordinal);

    private static readonly HashSet<string> DiscreetOn = new(["NHAN KIN DAO", "KIN DAO"], StringComparer.Ordinal);

    private static readonly HashSet<string> DiscreetOff = new(["NHAN BINH THUONG"], StringComparer.Ordinal);

    public static SmsKeyword Classify(string? text)
    {
        var word = string.Join(' ', (text ?? "").Normalize(NormalizationForm.FormC)
            .Trim().Trim('.', '!', '?', ',', ';', ':', '"', '\'').Trim()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToUpperInvariant();
        return OptOut.Contains(word) ? SmsKeyword.OptOut
            : OptIn.Contains(word) ? SmsKeyword.OptIn
            : Help.Contains(word) ? SmsKeyword.Help
            : DiscreetOn.Contains(SmsFolding.RemoveDiacritics(word)) ? SmsKeyword.DiscreetOn
            : DiscreetOff.Contains(SmsFolding.RemoveDiacritics(word)) ? SmsKeyword.DiscreetOff
            : SmsKeyword.None;
    }
}

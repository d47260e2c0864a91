using System.Globalization;
using System.Text;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// Vietnamese without diacritics, for people who write that way (and for old phones): "Đường dây nóng" → "Duong day nong".
/// Case, spacing and punctuation are kept; only marks are removed and đ/Đ become d/D.
/// </summary>
public static class SmsFolding
{
    public static string RemoveDiacritics(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when the text has letters and none of them carries a Vietnamese diacritic (or is đ).</summary>
    public static bool IsWrittenWithoutDiacritics(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !text.Any(char.IsLetter))
        {
            return false;
        }
        var nfc = text.Normalize(NormalizationForm.FormC);
        return nfc == RemoveDiacritics(nfc);
    }
}

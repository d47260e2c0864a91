using System.Globalization;
using System.Text;

namespace HotlineBot.Dialogs;

/// <summary>
/// Folds what a user typed into a comparable key: lower case, no diacritics (đ → d), punctuation removed,
/// single spaces. "Tìm  nơi tạm lánh!" and "tim noi tam lanh" both fold to "tim noi tam lanh".
/// </summary>
internal static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    public static string[] Tokens(string? text) => Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

using System.Globalization;
using System.Text;

namespace HotlineBot.Referral.Gazetteer;

/// <summary>
/// Vietnamese diacritic folding shared by the gazetteer and the language layer:
/// "Đắk Lắk" → "dak lak". One table lookup per character, built once from Unicode decomposition.
/// </summary>
public static class PlaceFold
{
    private const int TableSize = 0x2000;
    private static readonly char[] Table = BuildTable();

    /// <summary>Lower-cases and removes diacritics from one character (đ → d); characters outside Latin are only lower-cased.</summary>
    public static char FoldChar(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
        return c < TableSize ? Table[c] : char.ToLowerInvariant(c);
    }

    /// <summary>Lower-cases and removes diacritics; returns the same instance when nothing changes.</summary>
    public static string Fold(string text)
    {
        int i = 0;
        while (i < text.Length && FoldChar(text[i]) == text[i])
        {
            i++;
        }
        if (i == text.Length)
        {
            return text;
        }
        return string.Create(text.Length, text, static (span, s) =>
        {
            for (int j = 0; j < s.Length; j++)
            {
                span[j] = FoldChar(s[j]);
            }
        });
    }

    /// <summary>
    /// A lookup key for a place name: NFC, folded, punctuation to spaces, single spaces, trimmed.
    /// "TP. Hồ Chí Minh" → "tp ho chi minh".
    /// </summary>
    public static string Key(string name)
    {
        var s = name.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(s.Length);
        bool space = true;
        foreach (var ch in s)
        {
            var f = FoldChar(ch);
            if (char.IsLetterOrDigit(f))
            {
                sb.Append(f);
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }
        return sb.ToString().TrimEnd();
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (int c = 0; c < TableSize; c++)
        {
            var ch = (char)c;
            if (char.IsSurrogate(ch))
            {
                table[c] = ch;
                continue;
            }
            var lower = char.ToLowerInvariant(ch);
            if (lower is 'đ' or 'ð')
            {
                table[c] = 'd';
                continue;
            }
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            var folded = lower;
            if (decomposed.Length > 1
                && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark
                && decomposed[0] < 0x80)
            {
                folded = decomposed[0];
            }
            table[c] = folded;
        }
        return table;
    }
}

using System.Globalization;
using System.Text;
using HotlineBot.Referral.Gazetteer;

namespace HotlineBot.Language;

/// <summary>
/// Character-level clean-up every message goes through: invalid UTF-16 and control characters removed,
/// Unicode NFC (so NFD input from some phones compares equal), lower case, and diacritic folding (đ → d).
/// Pure and allocation-light; the <see cref="Tokeniser"/> builds on it.
/// </summary>
public static class Normaliser
{
    /// <summary>Longer messages are cut here: nobody in danger types more, and the cost stays bounded.</summary>
    public const int MaxLength = 20_000;

    /// <summary>Sanitised, NFC, lower-cased text. Never throws; null becomes "".</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var s = Sanitise(text);
        if (!s.IsNormalized(NormalizationForm.FormC))
        {
            s = s.Normalize(NormalizationForm.FormC);
        }
        return s.ToLowerInvariant();
    }

    /// <summary>Removes diacritics and lower-cases: "Đánh" → "danh".</summary>
    public static string Fold(string text) => PlaceFold.Fold(text);

    /// <summary>
    /// Collapses letters stretched for emphasis: "cứuuuu" → "cứu", "điiii" → "đi", "nhaaa" → "nha";
    /// keeps the doubled vowel Vietnamese needs after a consonant in folded text ("cuuu" → "cuu", "xoooong" → "xoong").
    /// </summary>
    public static string CollapseStretched(string word)
    {
        bool any = false;
        for (int i = 1; i < word.Length; i++)
        {
            if (word[i] == word[i - 1] && char.IsLetter(word[i]))
            {
                any = true;
                break;
            }
        }
        if (!any)
        {
            return word;
        }
        var sb = new StringBuilder(word.Length);
        int j = 0;
        while (j < word.Length)
        {
            var c = word[j];
            int run = 1;
            while (j + run < word.Length && word[j + run] == c)
            {
                run++;
            }
            if (run == 1 || !char.IsLetter(c))
            {
                sb.Append(c, run);
            }
            else
            {
                bool keepTwo = c is 'u' or 'o' && sb.Length > 0 && !IsVowel(sb[^1]);
                sb.Append(c, keepTwo ? 2 : 1);
            }
            j += run;
        }
        return sb.ToString();
    }

    /// <summary>True for characters treated as emoji or pictographs (counted, not tokenised).</summary>
    public static bool IsEmoji(string s, int index)
    {
        if (!Rune.TryGetRuneAt(s, index, out var rune) || rune == Rune.ReplacementChar)
        {
            return false;
        }
        return Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol || rune.Value is >= 0x2600 and <= 0x27BF;
    }

    private static bool IsVowel(char c) => PlaceFold.FoldChar(c) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static string Sanitise(string text)
    {
        var limit = Math.Min(text.Length, MaxLength);
        bool clean = limit == text.Length;
        for (int i = 0; i < limit && clean; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < limit && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            clean = !(char.IsSurrogate(c) || (char.IsControl(c) && c != '\n' && c != '\t') || c == '\uFFFE' || c == '\uFFFF');
        }
        if (clean)
        {
            return text;
        }
        var sb = new StringBuilder(limit);
        for (int i = 0; i < limit; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < limit && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c) || char.IsControl(c) || c == '\uFFFE' || c == '\uFFFF')
            {
                sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}

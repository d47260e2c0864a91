using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HotlineBot.Content;

/// <summary>
/// Applies a <see cref="DiscreetVocabulary"/> to a text: every revealing phrase, as a whole word and in any case, is
/// replaced (keeping the capital of a sentence start) or removed. A phrase matches with its diacritics, and also
/// with some or none of them ("Bao luc" as well as "Bạo lực"; the replacement then comes without diacritics too), unless
/// the rule is accented-only because its plain spelling means something else. A kept
/// phrase ("đánh giá") is left alone, and as the longest match it shields the revealing word inside it.
/// </summary>
public sealed partial class DiscreetText
{
    private readonly (DiscreetRule Rule, string Folded, bool WordStart, bool WordEnd)[] _rules;

    public DiscreetText(DiscreetVocabulary vocabulary) =>
        _rules = vocabulary.Rules.Select(r => (r, Fold(r.Phrase), IsWordChar(r.Phrase[0]), IsWordChar(r.Phrase[^1]))).ToArray();

    /// <summary>The text with every revealing phrase replaced or removed; the same string when there was none.</summary>
    public string Rewrite(string text)
    {
        var (nfc, lower, folded) = Shadows(text);
        var builder = new StringBuilder(nfc.Length);
        var changed = false;
        for (var i = 0; i < nfc.Length;)
        {
            if (Match(nfc, lower, folded, i) is not var (rule, length, plain))
            {
                builder.Append(nfc[i++]);
                continue;
            }
            var span = nfc.AsSpan(i, length);
            if (rule.Replacement is null)
            {
                builder.Append(span);
            }
            else
            {
                builder.Append(Cased(plain ? Fold(rule.Replacement) : rule.Replacement, span));
                changed = true;
            }
            i += length;
        }
        return changed ? Tidy(builder.ToString()) : text;
    }

    /// <summary>The first revealing phrase in <paramref name="text"/>, or null when it says nothing revealing.</summary>
    public string? FirstRevealing(string text)
    {
        var (nfc, lower, folded) = Shadows(text);
        for (var i = 0; i < nfc.Length;)
        {
            if (Match(nfc, lower, folded, i) is var (rule, length, _))
            {
                if (rule.Reveals)
                {
                    return rule.Phrase;
                }
                i += length;
                continue;
            }
            i++;
        }
        return null;
    }

    /// <summary>The longest rule matching at <paramref name="i"/> as whole words, and whether it matched without diacritics.</summary>
    private (DiscreetRule Rule, int Length, bool Plain)? Match(string nfc, string lower, string folded, int i)
    {
        var startsWord = i == 0 || !IsWordChar(nfc[i - 1]);
        foreach (var (rule, foldedPhrase, wordStart, wordEnd) in _rules)
        {
            var length = rule.Phrase.Length;
            if (i + length > nfc.Length || (wordStart && !startsWord) || (wordEnd && i + length < nfc.Length && IsWordChar(nfc[i + length])))
            {
                continue;
            }
            if (string.CompareOrdinal(lower, i, rule.Phrase, 0, length) == 0)
            {
                return (rule, length, false);
            }
            if (rule.MatchFolded && string.CompareOrdinal(folded, i, foldedPhrase, 0, length) == 0)
            {
                return (rule, length, string.CompareOrdinal(folded, i, lower, i, length) == 0); // plain: written without diacritics
            }
        }
        return null;
    }

    /// <summary>The text in NFC, lower-cased and folded, all three the same length so positions line up.</summary>
    private static (string Nfc, string Lower, string Folded) Shadows(string text)
    {
        var nfc = text.Normalize(NormalizationForm.FormC);
        var lower = nfc.ToLowerInvariant();
        return (nfc, lower, Fold(lower));
    }

    /// <summary>Removes diacritics character by character (đ → d), so the result has the length of the input.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, (chars, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            chars[i] = FoldChar(source[i]);
        }
    });

    private static char FoldChar(char c)
    {
        if (c < 0x80 || char.IsSurrogate(c))
        {
            return c;
        }
        if (c is 'đ' or 'Đ')
        {
            return c == 'đ' ? 'd' : 'D';
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 1 && decomposed.Skip(1).All(m => CharUnicodeInfo.GetUnicodeCategory(m) == UnicodeCategory.NonSpacingMark)
            ? decomposed[0]
            : c;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>The replacement in the case of what it replaces: capitalised after a capital, all capitals after all capitals.</summary>
    private static string Cased(string replacement, ReadOnlySpan<char> original)
    {
        if (replacement.Length == 0)
        {
            return replacement;
        }
        var letters = original.ToString().Where(char.IsLetter).ToList();
        if (letters.Count > 1 && letters.All(char.IsUpper))
        {
            return replacement.ToUpperInvariant();
        }
        return letters.Count > 0 && char.IsUpper(letters[0])
            ? char.ToUpperInvariant(replacement[0]) + replacement[1..]
            : replacement;
    }

    /// <summary>Cleans up after removals: empty brackets, doubled spaces, a space before punctuation.</summary>
    private static string Tidy(string text)
    {
        text = EmptyBrackets().Replace(text, "");
        text = BracketThenComma().Replace(text, "(");
        text = SpaceBeforePunctuation().Replace(text, "$1");
        text = DoubledPunctuation().Replace(text, "$1");
        text = Spaces().Replace(text, " ");
        return string.Join('\n', text.Split('\n').Select(line => line.Trim()));
    }

    [GeneratedRegex(@"\(\s*\)")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"\(\s*[,;]\s*")]
    private static partial Regex BracketThenComma();

    [GeneratedRegex(@"[ \t]+([,.;:!?)])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"([,;:])(?:\s*[,;:])+")]
    private static partial Regex DoubledPunctuation();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}

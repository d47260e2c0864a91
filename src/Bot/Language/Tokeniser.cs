using System.Globalization;

namespace HotlineBot.Language;

/// <summary>
/// Splits a message into syllables: runs of letters and digits, after <see cref="Normaliser"/> clean-up,
/// with stretched letters collapsed and SMS shorthand expanded. Punctuation and emoji separate syllables
/// (and are counted). Thread-safe; reuse one instance.
/// </summary>
public sealed class Tokeniser(Abbreviations abbreviations)
{
    // Per-thread scratch lists: tokenising allocates only the strings and the final token array.
    [ThreadStatic]
    private static List<(string Word, int Start)>? t_words;

    [ThreadStatic]
    private static List<Token>? t_tokens;

    /// <summary>A tokeniser without SMS expansion (what the legal search needs for statute text).</summary>
    public static Tokeniser Plain { get; } = new(Abbreviations.Empty);

    public TokenisedText Tokenise(string? message)
    {
        var s = Normaliser.Normalise(message);
        var words = t_words ??= new List<(string Word, int Start)>(64);
        words.Clear();
        int emoji = 0, digits = 0;
        bool question = false;
        int i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (IsWordChar(c))
            {
                int start = i;
                while (i < s.Length && IsWordChar(s[i]))
                {
                    if (char.IsAsciiDigit(s[i]))
                    {
                        digits++;
                    }
                    i++;
                }
                words.Add((s.Substring(start, i - start), start));
                continue;
            }
            if (c == '?')
            {
                question = true;
            }
            else if (Normaliser.IsEmoji(s, i))
            {
                emoji++;
                if (char.IsHighSurrogate(c))
                {
                    i++;
                }
            }
            i++;
        }
        return new TokenisedText(s, Expand(words), emoji, question, digits);
    }

    private Token[] Expand(List<(string Word, int Start)> words)
    {
        var tokens = t_tokens ??= new List<Token>(64);
        tokens.Clear();
        for (int w = 0; w < words.Count; w++)
        {
            var (raw, start) = words[w];
            var word = IsLaughter(raw) ? "haha" : Normaliser.CollapseStretched(raw);
            if (w + 1 < words.Count)
            {
                var next = words[w + 1];
                var pair = abbreviations.Expand(word, next.Word);
                if (pair is not null)
                {
                    var length = next.Start + next.Word.Length - start;
                    foreach (var syllable in pair)
                    {
                        tokens.Add(new Token(word, syllable, abbreviations.Fold(syllable), start, length, true));
                    }
                    w++;
                    continue;
                }
            }
            var single = abbreviations.Expand(word);
            if (single is not null)
            {
                foreach (var syllable in single)
                {
                    tokens.Add(new Token(word, syllable, abbreviations.Fold(syllable), start, raw.Length, true));
                }
                continue;
            }
            tokens.Add(new Token(word, word, Normaliser.Fold(word), start, raw.Length, false));
        }
        return tokens.ToArray();
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>"kkkk", "hahaha", "hihihi", "hjhj": laughter, not "không" (k) or stretched letters.</summary>
    private static bool IsLaughter(string word)
    {
        if (word.Length < 3)
        {
            return false;
        }
        int k = 0;
        while (k < word.Length && word[k] == 'k')
        {
            k++;
        }
        if (k == word.Length)
        {
            return true;
        }
        if (word.Length < 4 || word.Length % 2 != 0)
        {
            return false;
        }
        for (int i = 0; i < word.Length; i += 2)
        {
            if (word[i] != 'h' || word[i + 1] is not ('a' or 'e' or 'i' or 'j' or 'o'))
            {
                return false;
            }
        }
        return true;
    }
}

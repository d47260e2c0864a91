namespace HotlineBot.Language;

/// <summary>
/// A message split into syllables, in accented and folded form, with syllable bigrams
/// (Vietnamese words span syllables: "bạo lực" is the bigram "bạo_lực").
/// The same representation serves triage and the legal search index.
/// </summary>
public sealed class TokenisedText
{
    public const char BigramJoiner = '_';

    internal TokenisedText(string source, Token[] tokens, int emojiCount, bool hasQuestionMark, int digitCount)
    {
        Source = source;
        Array = tokens;
        EmojiCount = emojiCount;
        HasQuestionMark = hasQuestionMark;
        DigitCount = digitCount;
    }

    /// <summary>The message after sanitising, NFC and lower-casing; token and entity spans index into it.</summary>
    public string Source { get; }

    public IReadOnlyList<Token> Tokens => Array;

    public int Count => Array.Length;

    internal Token[] Array { get; }

    public int EmojiCount { get; }

    public bool HasQuestionMark { get; }

    public int DigitCount { get; }

    /// <summary>Syllables with diacritics, SMS shorthand expanded.</summary>
    public IEnumerable<string> Syllables(bool folded = false) => Tokens.Select(t => folded ? t.Folded : t.Text);

    /// <summary>Adjacent syllable pairs joined by <see cref="BigramJoiner"/>.</summary>
    public IEnumerable<string> Bigrams(bool folded = false)
    {
        for (int i = 1; i < Tokens.Count; i++)
        {
            yield return Bigram(folded ? Tokens[i - 1].Folded : Tokens[i - 1].Text, folded ? Tokens[i].Folded : Tokens[i].Text);
        }
    }

    /// <summary>Index terms: every syllable followed by every bigram (what a search index stores).</summary>
    public IEnumerable<string> Terms(bool folded = false) => Syllables(folded).Concat(Bigrams(folded));

    public static string Bigram(string first, string second) => string.Concat(first, "_", second);

    /// <summary>The tokens' text joined by spaces (accented or folded).</summary>
    public string Join(bool folded = false) => string.Join(' ', Syllables(folded));
}

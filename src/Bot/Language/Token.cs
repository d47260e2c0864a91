namespace HotlineBot.Language;

/// <summary>
/// One syllable of a message. An SMS shorthand expands to one token per syllable ("bn" → "bao", "nhiêu"),
/// all carrying the span of the shorthand.
/// </summary>
/// <param name="Raw">What was typed, lower-cased, NFC, stretched letters collapsed ("cứuuu" → "cứu").</param>
/// <param name="Text">The syllable with diacritics as far as known (after expansion: "ck" → "chồng").</param>
/// <param name="Folded"><see cref="Text"/> without diacritics ("chong").</param>
/// <param name="Start">Offset in <see cref="TokenisedText.Source"/>.</param>
/// <param name="Expanded">True when the token came from an SMS shorthand.</param>
public readonly record struct Token(string Raw, string Text, string Folded, int Start, int Length, bool Expanded)
{
    /// <summary>True when the person typed diacritics on this syllable (expansions do not count).</summary>
    public bool TypedWithDiacritics => !Expanded && !ReferenceEquals(Text, Folded) && Text != Folded;

    public bool IsDigits
    {
        get
        {
            foreach (var c in Raw)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }
            return Raw.Length > 0;
        }
    }

    public int End => Start + Length;
}

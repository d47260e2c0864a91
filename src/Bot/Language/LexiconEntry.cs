namespace HotlineBot.Language;

/// <summary>One phrase of <c>dialogs/language/lexicon.yaml</c>: "dao phay" is a <c>weapon</c> with value "dao".</summary>
/// <param name="AccentedOnly">Written with a leading <c>=</c>: must be typed with its diacritics.</param>
public sealed record LexiconEntry(string Category, string Value, string Phrase, bool AccentedOnly, int Line)
{
    /// <summary>"category:value", the cue name an operator sees.</summary>
    public string Key { get; } = Category + ":" + Value;
}

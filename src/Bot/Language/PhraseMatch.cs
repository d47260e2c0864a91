namespace HotlineBot.Language;

/// <summary>A phrase found in a message: tokens [<see cref="TokenStart"/>, +<see cref="TokenCount"/>), with every payload registered for that phrase.</summary>
public sealed record PhraseMatch<T>(int TokenStart, int TokenCount, IReadOnlyList<T> Payloads)
{
    public int TokenEnd => TokenStart + TokenCount;
}

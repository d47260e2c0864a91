using HotlineBot.Language;

namespace HotlineBot.Collaborators;

/// <summary>
/// Finds the procedure a collaborator's question is about ("nhận tin báo thì làm gì trước" → receiving a report) by
/// its keywords. Question and keywords go through the same <see cref="Tokeniser"/> (SMS shorthand expanded, diacritics
/// folded), so "nhan tin bao" and "cấm tx" style input match too. A keyword counts when its syllables appear in order,
/// side by side, in the question; it scores one point per syllable. The best procedure wins if it scores at least
/// <see cref="MinScore"/> and no other procedure scores as much: a tie is "not sure", never a guess.
/// </summary>
public sealed class ProcedureMatcher
{
    /// <summary>One two-syllable keyword ("tin báo"), or two one-syllable ones.</summary>
    public const int MinScore = 2;

    private readonly Tokeniser _tokeniser;
    private readonly (Procedure Procedure, string[][] Keywords)[] _index;

    public ProcedureMatcher(ProcedureLibrary library, Tokeniser tokeniser)
    {
        _tokeniser = tokeniser;
        _index = [.. library.Procedures.Select(p => (p, p.Keywords.Select(Syllables).Where(k => k.Length > 0).Distinct(SyllablesComparer.Instance).ToArray()))];
    }

    /// <summary>The procedure the question is about, or null when nothing (or more than one) fits well enough.</summary>
    public Procedure? Match(string? question)
    {
        var ranked = Rank(question);
        if (ranked.Count == 0 || ranked[0].Score < MinScore)
        {
            return null;
        }
        return ranked.Count > 1 && ranked[1].Score == ranked[0].Score ? null : ranked[0].Procedure;
    }

    /// <summary>Procedures with a score above zero, best first (ties keep menu order).</summary>
    public IReadOnlyList<(Procedure Procedure, int Score)> Rank(string? question)
    {
        var words = Syllables(question);
        if (words.Length == 0)
        {
            return [];
        }
        return [.. _index
            .Select(entry => (entry.Procedure, Score: entry.Keywords.Where(k => Contains(words, k)).Sum(k => k.Length)))
            .Where(r => r.Score > 0)
            .OrderByDescending(r => r.Score)];
    }

    private string[] Syllables(string? text) => [.. _tokeniser.Tokenise(text).Syllables(folded: true)];

    private static bool Contains(string[] words, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= words.Length; start++)
        {
            var i = 0;
            while (i < phrase.Length && words[start + i] == phrase[i])
            {
                i++;
            }
            if (i == phrase.Length)
            {
                return true;
            }
        }
        return false;
    }

    private sealed class SyllablesComparer : IEqualityComparer<string[]>
    {
        public static SyllablesComparer Instance { get; } = new();

        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(string[] obj) => string.Join(' ', obj).GetHashCode(StringComparison.Ordinal);
    }
}

using HotlineBot.Language;

namespace HotlineBot.Knowledge;

/// <summary>
/// Turns text into search terms with the language layer's <see cref="Tokeniser"/>: folded syllables, folded
/// syllable bigrams, and one shared term per synonym group a phrase of the text belongs to ("~3" for both
/// "đuổi việc" and "sa thải"). Questions go through the SMS-shorthand tokeniser (ck → chồng); statute text
/// through the plain one (so "điểm a" stays "a").
/// </summary>
public sealed class TermAnalyser
{
    private readonly Tokeniser _questions;
    private readonly Tokeniser _statute;
    private readonly Dictionary<string, List<(string[] Syllables, int Group)>> _phrases = new(StringComparer.Ordinal);

    public TermAnalyser(Tokeniser questions, SynonymGroups synonyms)
    {
        _questions = questions;
        _statute = Tokeniser.Plain;
        for (var g = 0; g < synonyms.Groups.Count; g++)
        {
            foreach (var phrase in synonyms.Groups[g])
            {
                var syllables = _questions.Tokenise(phrase).Syllables(folded: true).ToArray();
                if (syllables.Length == 0)
                {
                    continue;
                }
                if (!_phrases.TryGetValue(syllables[0], out var list))
                {
                    _phrases[syllables[0]] = list = [];
                }
                list.Add((syllables, g));
            }
        }
    }

    /// <summary>Terms of what a person typed (shorthand expanded).</summary>
    public List<string> QuestionTerms(string text) => Terms(_questions.Tokenise(text));

    /// <summary>The folded syllables of what a person typed (shorthand expanded), in order.</summary>
    public string[] QuestionSyllables(string text) => [.. _questions.Tokenise(text).Syllables(folded: true)];

    /// <summary><see cref="QuestionTerms"/> and <see cref="QuestionSyllables"/> from one tokenisation.</summary>
    public (List<string> Terms, string[] Syllables) Question(string text)
    {
        var tokens = _questions.Tokenise(text);
        return (Terms(tokens), [.. tokens.Syllables(folded: true)]);
    }

    /// <summary>Terms of knowledge-base text written in full words.</summary>
    public List<string> StatuteTerms(string text) => Terms(_statute.Tokenise(text));

    private List<string> Terms(TokenisedText tokens)
    {
        var folded = new string[tokens.Count];
        for (var i = 0; i < folded.Length; i++)
        {
            folded[i] = tokens.Tokens[i].Folded;
        }
        var terms = new List<string>(folded.Length * 2 + 2);
        terms.AddRange(folded);
        for (var i = 1; i < folded.Length; i++)
        {
            terms.Add(TokenisedText.Bigram(folded[i - 1], folded[i]));
        }
        for (var i = 0; i < folded.Length; i++)
        {
            if (!_phrases.TryGetValue(folded[i], out var candidates))
            {
                continue;
            }
            foreach (var (syllables, group) in candidates)
            {
                if (Matches(folded, i, syllables))
                {
                    terms.Add(SynonymTerm(group));
                }
            }
        }
        return terms;
    }

    private static bool Matches(string[] folded, int at, string[] phrase)
    {
        if (at + phrase.Length > folded.Length)
        {
            return false;
        }
        for (var k = 1; k < phrase.Length; k++)
        {
            if (folded[at + k] != phrase[k])
            {
                return false;
            }
        }
        return true;
    }

    private static string SynonymTerm(int group) => "~" + group.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

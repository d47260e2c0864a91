using System.Globalization;

namespace HotlineBot.Dialogs;

/// <summary>Finds which option a user meant. Everything is compared folded (<see cref="TextFolding"/>).</summary>
internal static class ChoiceRecognizer
{
    /// <summary>
    /// The zero-based index of the option meant by <paramref name="input"/>, tried in order: the option's whole text,
    /// its 1-based number, then words: the input's words all in one option only ("tam lanh"), or one option's words
    /// all in the input ("toi muon tim noi tam lanh"). Ambiguous or unknown input gives null.
    /// </summary>
    public static int? Recognize(string input, IReadOnlyList<string> choices)
    {
        var folded = TextFolding.Fold(input);
        if (folded.Length == 0 || choices.Count == 0)
        {
            return null;
        }
        var keys = choices.Select(TextFolding.Fold).ToArray();
        var exact = Array.IndexOf(keys, folded);
        if (exact >= 0)
        {
            return exact;
        }
        if (int.TryParse(folded, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= choices.Count ? number - 1 : null;
        }
        var words = folded.Split(' ');
        var optionWords = keys.Select(k => k.Split(' ')).ToArray();
        return Single(optionWords, option => words.All(option.Contains))
            ?? Single(optionWords, option => option.All(words.Contains));
    }

    private static int? Single(string[][] options, Func<string[], bool> matches)
    {
        int? found = null;
        for (var i = 0; i < options.Length; i++)
        {
            if (!matches(options[i]))
            {
                continue;
            }
            if (found is not null)
            {
                return null;
            }
            found = i;
        }
        return found;
    }
}

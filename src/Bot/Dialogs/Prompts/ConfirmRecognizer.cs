namespace HotlineBot.Dialogs;

/// <summary>
/// Reads yes or no from everyday Vietnamese (with or without diacritics, teen-code included).
/// The message may add politeness ("dạ vâng ạ", "không anh ơi") but nothing else: "có lẽ" or "có, nhưng…" are not
/// answers, and a message with both yes and no words is not one either. Compared folded (<see cref="TextFolding"/>).
/// </summary>
internal static class ConfirmRecognizer
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "co", "u", "uh", "um", "uhm", "uk", "vang", "da", "ok", "oke", "okay", "oki", "duoc", "dc", "dong y", "yes", "y",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "khong", "ko", "k", "kg", "khg", "hong", "hok", "no", "n", "thoi", "chua",
    };

    private static readonly HashSet<string> Politeness = new(StringComparer.Ordinal)
    {
        "a", "nhe", "nha", "roi", "chu", "oi", "em", "anh", "chi", "ban", "minh", "toi", "con",
    };

    public static bool? Recognize(string input, string yesLabel, string noLabel)
    {
        var folded = TextFolding.Fold(input);
        if (folded.Length == 0)
        {
            return null;
        }
        if (folded == TextFolding.Fold(yesLabel))
        {
            return true;
        }
        if (folded == TextFolding.Fold(noLabel))
        {
            return false;
        }
        bool sawYes = false, sawNo = false;
        var words = folded.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var pair = i + 1 < words.Length ? words[i] + " " + words[i + 1] : null;
            if (pair is not null && (Yes.Contains(pair) || No.Contains(pair)))
            {
                sawYes |= Yes.Contains(pair);
                sawNo |= No.Contains(pair);
                i++;
            }
            else if (Yes.Contains(words[i]))
            {
                sawYes = true;
            }
            else if (No.Contains(words[i]))
            {
                sawNo = true;
            }
            else if (!Politeness.Contains(words[i]))
            {
                return null;
            }
        }
        return sawYes == sawNo ? null : sawYes;
    }
}

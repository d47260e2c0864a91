using System.Globalization;

namespace HotlineBot.Language;

/// <summary>Ages: "14 tuổi", "14 tuoi", "14t", "14tuoi", "mười bốn tuổi", "muoi bon tuoi". Value: the age in years.</summary>
public static class AgeRecogniser
{
    public static void Recognise(TokenisedText text, List<Entity> into)
    {
        var tokens = text.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Expanded && t.Raw != "t")
            {
                continue;
            }
            if (TryCompact(t.Raw, out var compact))
            {
                Add(text, into, i, i, compact);
                continue;
            }
            if (t.IsDigits && i + 1 < tokens.Count && IsYears(tokens[i + 1])
                && int.TryParse(t.Raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 120)
            {
                Add(text, into, i, i + 1, n);
                i++;
                continue;
            }
            int used = NumberWords.TryParse(tokens, i, allowSingle: true, out var words);
            if (used > 0 && i + used < tokens.Count && tokens[i + used].Folded == "tuoi" && words is > 0 and <= 120)
            {
                Add(text, into, i, i + used, (int)words);
                i += used;
            }
        }
    }

    private static bool IsYears(Token t) => t.Folded == "tuoi" || t.Raw == "t";

    /// <summary>"14t", "14tuoi", "14tuổi".</summary>
    private static bool TryCompact(string raw, out int age)
    {
        age = 0;
        int d = 0;
        while (d < raw.Length && char.IsAsciiDigit(raw[d]))
        {
            d++;
        }
        if (d is 0 or > 3)
        {
            return false;
        }
        var suffix = raw[d..];
        if (suffix != "t" && Normaliser.Fold(suffix) != "tuoi")
        {
            return false;
        }
        age = int.Parse(raw.AsSpan(0, d), CultureInfo.InvariantCulture);
        return age is > 0 and <= 120;
    }

    private static void Add(TokenisedText text, List<Entity> into, int first, int last, int age)
    {
        var start = text.Tokens[first].Start;
        var end = text.Tokens[last].End;
        into.Add(new Entity(EntityKinds.Age, age.ToString(CultureInfo.InvariantCulture), start, end - start, text.Source[start..end]));
    }
}

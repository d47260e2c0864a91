namespace HotlineBot.Channels.Sms;

/// <summary>
/// Splits a reply into texts of at most N segments each, at paragraph breaks, then line breaks, then spaces;
/// a run with no space at all is cut where it must be.
/// </summary>
public static class SmsSplitter
{
    private static readonly string[] Separators = ["\n\n", "\n", " "];

    public static IReadOnlyList<string> Split(string text, int maxSegments = 3)
    {
        var result = new List<string>();
        Split(text.Trim(), maxSegments, 0, result);
        return result;
    }

    private static bool Fits(string text, int maxSegments) => SmsSegments.Count(text).Segments <= maxSegments;

    private static void Split(string text, int maxSegments, int level, List<string> result)
    {
        if (text.Length == 0)
        {
            return;
        }
        if (Fits(text, maxSegments))
        {
            result.Add(text);
            return;
        }
        if (level == Separators.Length)
        {
            Cut(text, maxSegments, result);
            return;
        }
        var separator = Separators[level];
        var current = "";
        foreach (var piece in text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var candidate = current.Length == 0 ? piece : current + separator + piece;
            if (Fits(candidate, maxSegments))
            {
                current = candidate;
                continue;
            }
            if (current.Length > 0)
            {
                result.Add(current);
            }
            current = "";
            if (Fits(piece, maxSegments))
            {
                current = piece;
            }
            else
            {
                Split(piece, maxSegments, level + 1, result);
            }
        }
        if (current.Length > 0)
        {
            result.Add(current);
        }
    }

    private static void Cut(string text, int maxSegments, List<string> result)
    {
        while (text.Length > 0)
        {
            var length = text.Length;
            while (!Fits(text[..length], maxSegments))
            {
                length--;
                if (char.IsLowSurrogate(text[length]))
                {
                    length--;
                }
            }
            result.Add(text[..length]);
            text = text[length..];
        }
    }
}

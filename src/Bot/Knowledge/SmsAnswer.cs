using HotlineBot.Channels.Sms;

namespace HotlineBot.Knowledge;

/// <summary>
/// The SMS form of an answer: at most <see cref="MaxSegments"/> segments counted with diacritics (UCS-2, the worst
/// case). Whole sentences are kept from the start while they fit; a first sentence too long on its own is cut at a
/// word and ends with "…".
/// </summary>
public static class SmsAnswer
{
    public const int MaxSegments = 3;

    public static bool Fits(string text) => SmsSegments.Count(text).Segments <= MaxSegments;

    public static string Fit(string text)
    {
        text = text.Trim();
        if (Fits(text))
        {
            return text;
        }
        var kept = "";
        foreach (var sentence in Sentences(text))
        {
            var next = kept.Length == 0 ? sentence : kept + " " + sentence;
            if (!Fits(next))
            {
                break;
            }
            kept = next;
        }
        if (kept.Length > 0)
        {
            return kept;
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cut = "";
        foreach (var word in words)
        {
            var next = cut.Length == 0 ? word : cut + " " + word;
            if (!Fits(next + "…"))
            {
                break;
            }
            cut = next;
        }
        return cut.TrimEnd(',', ';', ':') + "…";
    }

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                yield return text[start..(i + 1)].Trim();
                start = i + 1;
            }
        }
        if (start < text.Length && text[start..].Trim() is { Length: > 0 } rest)
        {
            yield return rest;
        }
    }
}

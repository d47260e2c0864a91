using HotlineBot.Channels.Sms;

namespace HotlineBot.Knowledge;

/// <summary>
/// The SMS form of an answer: at most <see cref="MaxSegments"/> segments counted with diacritics (UCS-2, the worst
/// case). The first sentence citing an article ("Điều …") is always kept, then the others in order while they fit,
/// in their original order; a citing sentence too long on its own is cut at a word and ends with "…".
/// </summary>
public static class SmsAnswer
{
    public const int MaxSegments = 3;

    /// <summary>How an answer cites an article ("Theo Điều 13 …").</summary>
    private const string CitationWord = "Điều ";

    public static bool Fits(string text) => SmsSegments.Count(text).Segments <= MaxSegments;

    public static string Fit(string text)
    {
        text = text.Trim();
        if (Fits(text))
        {
            return text;
        }
        var sentences = Sentences(text).ToList();
        var citing = Math.Max(0, sentences.FindIndex(s => s.Contains(CitationWord, StringComparison.Ordinal)));
        var chosen = new SortedSet<int>();
        if (Fits(sentences[citing]))
        {
            chosen.Add(citing);
            for (var i = 0; i < sentences.Count; i++)
            {
                if (!chosen.Contains(i) && Fits(Join(sentences, chosen.Append(i))))
                {
                    chosen.Add(i);
                }
            }
            return Join(sentences, chosen);
        }
        text = sentences[citing];
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

    private static string Join(List<string> sentences, IEnumerable<int> indexes) =>
        string.Join(" ", indexes.Order().Select(i => sentences[i]));

    /// <summary>The sentences of a text (a sentence ends with . ! or ? before a space or the end).</summary>
    public static IEnumerable<string> Sentences(string text)
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

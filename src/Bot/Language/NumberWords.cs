namespace HotlineBot.Language;

/// <summary>
/// Reads numbers written in Vietnamese words: "mười bốn" = 14, "hai mươi lăm" = 25, "một trăm linh năm" = 105,
/// "ba nghìn" = 3000. Works on accented or folded syllables.
/// </summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Digits = new(StringComparer.Ordinal)
    {
        ["không"] = 0,
        ["một"] = 1, ["mốt"] = 1, ["hai"] = 2, ["ba"] = 3, ["bốn"] = 4, ["tư"] = 4,
        ["năm"] = 5, ["lăm"] = 5, ["nhăm"] = 5, ["sáu"] = 6, ["bảy"] = 7, ["bẩy"] = 7, ["tám"] = 8, ["chín"] = 9,
    };

    private static readonly Dictionary<string, int> FoldedDigits = new(StringComparer.Ordinal)
    {
        ["khong"] = 0,
        ["mot"] = 1, ["hai"] = 2, ["ba"] = 3, ["bon"] = 4, ["tu"] = 4,
        ["nam"] = 5, ["lam"] = 5, ["sau"] = 6, ["bay"] = 7, ["tam"] = 8, ["chin"] = 9,
    };

    private static readonly HashSet<string> Starters =
        ["mot", "hai", "ba", "bon", "tu", "nam", "lam", "sau", "bay", "tam", "chin", "muoi", "khong", "nhăm", "nham"];

    /// <summary>Cheap test: can a number in words start at this token?</summary>
    public static bool CanStart(in Token token) => Starters.Contains(token.Folded);

    /// <summary>
    /// Parses the longest number starting at token <paramref name="at"/>. Returns the token count (0 when none).
    /// A lone digit word ("ba", "năm") counts only when <paramref name="allowSingle"/>: alone they are usually
    /// not numbers ("ba tôi" = my father).
    /// </summary>
    public static int TryParse(IReadOnlyList<Token> tokens, int at, bool allowSingle, out long value)
    {
        value = 0;
        if (at >= tokens.Count || !CanStart(tokens[at]))
        {
            return 0;
        }
        long total = 0, group = 0;
        int used = 0;
        bool sawDigit = false, sawMultiplier = false, lastWasDigit = false;
        int lastDigit = 0;
        for (int i = at; i < tokens.Count; i++)
        {
            var t = tokens[i];
            bool accented = t.TypedWithDiacritics || t.Expanded;
            var word = accented ? t.Text : t.Folded;
            if (Is(t, accented, "mươi", "muoi") && lastWasDigit)
            {
                group = group - lastDigit + lastDigit * 10;
                sawMultiplier = true;
                lastWasDigit = false;
            }
            else if (Is(t, accented, "mười", "muoi") && !lastWasDigit && group % 100 == 0)
            {
                group += 10;
                sawMultiplier = true;
            }
            else if (sawMultiplier && !lastWasDigit && (Is(t, accented, "linh", "linh") || Is(t, accented, "lẻ", "le")))
            {
                // "một trăm linh năm": a connector, not a digit
            }
            else if (Is(t, accented, "trăm", "tram") && lastWasDigit)
            {
                group = group - lastDigit + lastDigit * 100;
                sawMultiplier = true;
                lastWasDigit = false;
            }
            else if ((Is(t, accented, "nghìn", "nghin") || Is(t, accented, "ngàn", "ngan")) && used > 0)
            {
                total += Math.Max(group, 1) * 1000;
                group = 0;
                sawMultiplier = true;
                lastWasDigit = false;
            }
            else if ((Is(t, accented, "triệu", "trieu")) && used > 0)
            {
                total += Math.Max(group, 1) * 1_000_000;
                group = 0;
                sawMultiplier = true;
                lastWasDigit = false;
            }
            else if ((accented ? Digits : FoldedDigits).TryGetValue(word, out var d) && !lastWasDigit)
            {
                group += d;
                lastDigit = d;
                sawDigit = true;
                lastWasDigit = true;
            }
            else
            {
                break;
            }
            used = i - at + 1;
        }
        if (used == 0 || (!sawMultiplier && !(allowSingle && sawDigit && used == 1)))
        {
            return 0;
        }
        value = total + group;
        return used;
    }

    private static bool Is(Token t, bool accented, string exact, string folded) => accented ? t.Text == exact : t.Folded == folded;
}

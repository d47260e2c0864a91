using System.Globalization;

namespace HotlineBot.Language;

/// <summary>
/// Clock times: "2 giờ chiều" → 14:00, "hai giờ sáng" → 02:00, "14h30", "2h chiều", "9 giờ 15 phút tối" → 21:15,
/// "3 giờ rưỡi" → 03:30. Relative times ("tối qua", "vừa xong") come from the lexicon's <c>time</c> category.
/// </summary>
public static class TimeRecogniser
{
    public static void Recognise(TokenisedText text, List<Entity> into)
    {
        var tokens = text.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            int hour, minute = 0, next;
            if (TryCompact(tokens[i].Raw, out hour, out minute))
            {
                next = i + 1;
            }
            else
            {
                int used = HourNumber(tokens, i, out hour);
                if (used == 0 || i + used >= tokens.Count || tokens[i + used].Folded != "gio")
                {
                    continue;
                }
                next = i + used + 1;
                if (next < tokens.Count && tokens[next].Folded == "ruoi")
                {
                    minute = 30;
                    next++;
                }
                else if (next + 1 < tokens.Count && tokens[next].IsDigits && tokens[next + 1].Folded == "phut"
                    && int.TryParse(tokens[next].Raw, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m < 60)
                {
                    minute = m;
                    next += 2;
                }
            }
            if (hour > 24)
            {
                continue;
            }
            if (next < tokens.Count && Period(tokens[next].Folded) is { } period)
            {
                hour = period switch
                {
                    "chieu" or "toi" when hour < 12 => hour + 12,
                    "dem" when hour is >= 7 and < 12 => hour + 12,
                    "trua" when hour < 5 => hour + 12,
                    _ => hour,
                };
                next++;
            }
            var start = tokens[i].Start;
            var end = tokens[next - 1].End;
            var value = $"{hour % 24:00}:{minute:00}";
            into.Add(new Entity(EntityKinds.Time, value, start, end - start, text.Source[start..end]));
            i = next - 1;
        }
    }

    private static string? Period(string folded) => folded switch
    {
        "sang" or "trua" or "chieu" or "toi" or "dem" => folded,
        _ => null,
    };

    private static int HourNumber(IReadOnlyList<Token> tokens, int at, out int hour)
    {
        hour = 0;
        if (tokens[at].IsDigits && tokens[at].Raw.Length <= 2)
        {
            hour = int.Parse(tokens[at].Raw, CultureInfo.InvariantCulture);
            return 1;
        }
        int used = NumberWords.TryParse(tokens, at, allowSingle: true, out var value);
        hour = (int)Math.Min(value, 99);
        return used;
    }

    /// <summary>"14h", "14h30", "2h".</summary>
    private static bool TryCompact(string raw, out int hour, out int minute)
    {
        hour = minute = 0;
        int h = raw.IndexOf('h');
        if (h is < 1 or > 2 || !int.TryParse(raw.AsSpan(0, h), NumberStyles.None, CultureInfo.InvariantCulture, out hour))
        {
            return false;
        }
        var rest = raw.AsSpan(h + 1);
        return rest.Length == 0
            || (rest.Length <= 2 && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out minute) && minute < 60);
    }
}

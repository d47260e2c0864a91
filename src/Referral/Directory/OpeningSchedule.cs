using System.Globalization;

namespace HotlineBot.Referral.Directory;

/// <summary>
/// Weekly opening hours in Vietnam local time (Asia/Ho_Chi_Minh, UTC+7 all year: Vietnam has no daylight saving).
/// Text form: <c>24/7</c>, or entries separated by <c>;</c> such as <c>mon-fri 07:30-17:00; sat 08:00-12:00</c>.
/// A closing time at or before the opening time runs past midnight (<c>fri 20:00-06:00</c> is open until Saturday 06:00).
/// </summary>
public sealed class OpeningSchedule
{
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static readonly OpeningSchedule Always = new("24/7", []);

    private static readonly string[] DayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    // Open intervals in minutes from Monday 00:00 local, within [0, 7*1440) — wrapping intervals are split.
    private readonly (int From, int To)[] _intervals;

    private OpeningSchedule(string text, (int From, int To)[] intervals)
    {
        Text = text;
        _intervals = intervals;
    }

    /// <summary>The canonical text form (round-trips through <see cref="TryParse"/>).</summary>
    public string Text { get; }

    public bool IsAlways => ReferenceEquals(this, Always) || Text == Always.Text;

    public bool IsOpenAt(DateTimeOffset at)
    {
        if (IsAlways)
        {
            return true;
        }
        var minute = MinuteOfWeek(at);
        foreach (var (from, to) in _intervals)
        {
            if (minute >= from && minute < to)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Minutes since Monday 00:00 Vietnam time, the scale of <see cref="WeekIntervals"/>.</summary>
    public static int MinuteOfWeek(DateTimeOffset at)
    {
        var local = at.ToOffset(VietnamOffset);
        var day = ((int)local.DayOfWeek + 6) % 7;
        return (day * 1440) + (local.Hour * 60) + local.Minute;
    }

    /// <summary>
    /// The open intervals as <c>from-to,from-to</c> in <see cref="MinuteOfWeek"/> units (<c>always</c> for 24/7),
    /// stored with each place so the nearest search can check "open now" inside Redis.
    /// </summary>
    public string WeekIntervals => IsAlways ? "always" : string.Join(',', _intervals.Select(i => $"{i.From}-{i.To}"));

    public override string ToString() => Text;

    public static bool TryParse(string text, out OpeningSchedule schedule, out string error)
    {
        schedule = Always;
        error = "";
        var trimmed = text.Trim().ToLowerInvariant();
        if (trimmed is "24/7" or "")
        {
            if (trimmed.Length == 0)
            {
                error = "opening schedule is empty (use 24/7 or e.g. 'mon-fri 08:00-17:00')";
                return false;
            }
            return true;
        }
        var intervals = new List<(int, int)>();
        var canonical = new List<string>();
        foreach (var entry in trimmed.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !TryDays(parts[0], out var first, out var last) || !TryHours(parts[1], out var open, out var close))
            {
                error = $"opening entry '{entry}' is not like 'mon-fri 08:00-17:00'";
                return false;
            }
            for (var d = first; ; d = (d + 1) % 7)
            {
                Add(intervals, (d * 1440) + open, (d * 1440) + (close > open ? close : close + 1440));
                if (d == last)
                {
                    break;
                }
            }
            canonical.Add(entry);
        }
        schedule = new OpeningSchedule(string.Join("; ", canonical), [.. intervals]);
        return true;
    }

    private static void Add(List<(int, int)> intervals, int from, int to)
    {
        const int week = 7 * 1440;
        if (to <= week)
        {
            intervals.Add((from, to));
            return;
        }
        intervals.Add((from, week));
        intervals.Add((0, to - week));
    }

    private static bool TryDays(string text, out int first, out int last)
    {
        var range = text.Split('-');
        first = Array.IndexOf(DayNames, range[0]);
        last = range.Length == 2 ? Array.IndexOf(DayNames, range[1]) : first;
        return range.Length <= 2 && first >= 0 && last >= 0;
    }

    private static bool TryHours(string text, out int open, out int close)
    {
        open = close = 0;
        var range = text.Split('-');
        return range.Length == 2 && TryMinute(range[0], out open) && TryMinute(range[1], out close);
    }

    private static bool TryMinute(string hhmm, out int minute)
    {
        minute = 0;
        if (!TimeOnly.TryParseExact(hhmm, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            return hhmm == "24:00" && (minute = 1440) > 0;
        }
        minute = (t.Hour * 60) + t.Minute;
        return true;
    }
}

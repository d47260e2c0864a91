using System.Globalization;

namespace HotlineBot.Collaborators;

/// <summary>A yearly date such as a report deadline, written day/month as in Vietnamese plans ("10/6", "15/12").</summary>
public readonly record struct DayMonth(int Day, int Month)
{
    /// <summary>Parses "d/m" (leading zeros allowed); 29/2 is refused, a yearly deadline must exist every year.</summary>
    public static DayMonth? Parse(string? text)
    {
        var parts = (text ?? "").Trim().Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12
            || day < 1 || day > DateTime.DaysInMonth(2025, month))
        {
            return null;
        }
        return new DayMonth(day, month);
    }

    /// <summary>"10/6": no leading zeros, as people write it.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Day}/{Month}");
}

using System.ComponentModel.DataAnnotations;

namespace HotlineBot.Operators;

/// <summary>Configuration section <c>Console</c>: staff sign-in and the human handoff.</summary>
public sealed class ConsoleOptions
{
    public const string Section = "Console";

    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    [Range(1, 100)]
    public int MaxFailedLogins { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A session with no request for this long ends (sliding).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "12:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    [Range(8, 128)]
    public int MinPasswordLength { get; set; } = 12;

    /// <summary>Operators are on duty from this local time (see <see cref="TimeZone"/>)…</summary>
    public TimeOnly OnDutyFrom { get; set; } = new(7, 0);

    /// <summary>…until this one (earlier than <see cref="OnDutyFrom"/> means overnight; equal means always).</summary>
    public TimeOnly OnDutyTo { get; set; } = new(22, 0);

    /// <summary>IANA time zone of the duty hours.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    /// <summary>How long an operator spends on a case on average: the wait estimate is position × this ÷ operators online.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "04:00:00")]
    public TimeSpan AverageCaseDuration { get; set; } = TimeSpan.FromMinutes(15);

    public bool IsOnDuty(DateTimeOffset now)
    {
        if (OnDutyFrom == OnDutyTo)
        {
            return true;
        }
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(TimeZone)).DateTime);
        return OnDutyFrom < OnDutyTo
            ? local >= OnDutyFrom && local < OnDutyTo
            : local >= OnDutyFrom || local < OnDutyTo;
    }
}

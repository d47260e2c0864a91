using HotlineBot.Referral.Directory;

namespace HotlineBot.ReferralTests.Directory;

public sealed class OpeningScheduleTests
{
    // Monday 2 March 2026, 09:00 in Hà Nội = 02:00 UTC.
    private static readonly DateTimeOffset MondayNineVietnam = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("24/7", 0, true)]
    [InlineData("mon-fri 08:00-17:00", 0, true)]
    [InlineData("mon-fri 08:00-17:00", 8, true)]   // 16:59
    [InlineData("mon-fri 08:00-17:00", 9, false)]  // 18:00
    [InlineData("mon-fri 08:00-17:00", 5 * 24, false)] // Saturday
    [InlineData("sun 20:00-06:00", -12, true)]     // Sunday 21:00
    [InlineData("sun 20:00-06:00", -4, true)]      // Monday 05:00, wrapped from Sunday
    [InlineData("sun 20:00-06:00", 0, false)]
    public void Open_now_uses_Vietnam_time(string text, int hoursFromMondayNine, bool open)
    {
        Assert.True(OpeningSchedule.TryParse(text, out var schedule, out var error), error);
        var at = MondayNineVietnam.AddHours(hoursFromMondayNine).AddMinutes(hoursFromMondayNine == 8 ? -1 : 0);
        Assert.Equal(open, schedule.IsOpenAt(at));
    }

    [Theory]
    [InlineData("")]
    [InlineData("weekdays 08:00-17:00")]
    [InlineData("mon-fri 8h-17h")]
    public void Bad_schedules_are_refused(string text)
    {
        Assert.False(OpeningSchedule.TryParse(text, out _, out var error));
        Assert.NotEmpty(error);
    }
}

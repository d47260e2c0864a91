using HotlineBot.Conversation;
using HotlineBot.Operators;
using Xunit;

namespace HotlineBot.Tests.Handoff;

/// <summary>Duty hours (including overnight) and the call-back number the citizen types.</summary>
public sealed class HandoffRulesTests
{
    // 2026-11-22 is a Sunday; Hà Nội is UTC+7.
    private static DateTimeOffset HanoiTime(int hour, int minute = 0) => new(2026, 11, 22, hour, minute, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData(6, 59, false)]
    [InlineData(7, 0, true)]
    [InlineData(21, 59, true)]
    [InlineData(22, 0, false)]
    public void Day_hours_are_from_inclusive_to_exclusive_in_vietnam_time(int hour, int minute, bool onDuty) =>
        Assert.Equal(onDuty, new ConsoleOptions().IsOnDuty(HanoiTime(hour, minute).ToUniversalTime()));

    [Theory]
    [InlineData(23, true)]
    [InlineData(3, true)]
    [InlineData(12, false)]
    public void Overnight_hours_wrap_past_midnight(int hour, bool onDuty) =>
        Assert.Equal(onDuty, new ConsoleOptions { OnDutyFrom = new(20, 0), OnDutyTo = new(6, 0) }.IsOnDuty(HanoiTime(hour)));

    [Fact]
    public void Equal_from_and_to_means_always_on_duty() =>
        Assert.True(new ConsoleOptions { OnDutyFrom = new(0, 0), OnDutyTo = new(0, 0) }.IsOnDuty(HanoiTime(4)));

    [Theory]
    [InlineData("0912 345 678", "0912345678")]
    [InlineData("+84 912.345.678", "+84912345678")]
    [InlineData("(024) 3825-1234", "02438251234")]
    [InlineData("số của tôi là 0912345678", null)]
    [InlineData("12345", null)]
    [InlineData("", null)]
    public void A_call_back_number_is_a_vietnamese_number_or_nothing(string typed, string? kept) =>
        Assert.Equal(kept, HandoffDialog.PhoneNumber(typed));
}

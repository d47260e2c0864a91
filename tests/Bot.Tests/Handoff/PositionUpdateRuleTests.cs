using HotlineBot.Content;
using HotlineBot.Handoff;
using Xunit;

namespace HotlineBot.Tests.Handoff;

/// <summary>When a waiting citizen hears about their place again: only on change, never too often, honest when it gets worse.</summary>
public sealed class PositionUpdateRuleTests
{
    private static readonly DateTimeOffset Told = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan TwoMinutes = TimeSpan.FromMinutes(2);

    private static QueueStanding At(long position, int? minutes, double minutesLater) => new(position, minutes, Told.AddMinutes(minutesLater));

    [Fact]
    public void A_better_place_is_told_once_the_interval_has_passed() =>
        Assert.Equal(MessageIds.HandoffPositionBetter, PositionUpdateRule.Decide(At(3, 45, 0), At(2, 30, 2), TwoMinutes));

    [Fact]
    public void A_better_place_within_the_interval_waits() =>
        Assert.Null(PositionUpdateRule.Decide(At(3, 45, 0), At(1, 15, 1.5), TwoMinutes));

    [Fact]
    public void The_same_place_and_estimate_is_not_news() =>
        Assert.Null(PositionUpdateRule.Decide(At(3, 45, 0), At(3, 45, 30), TwoMinutes));

    [Fact]
    public void A_longer_estimate_is_said_honestly() =>
        Assert.Equal(MessageIds.HandoffWaitLonger, PositionUpdateRule.Decide(At(3, 23, 0), At(3, 45, 5), TwoMinutes));

    [Fact]
    public void A_place_lost_to_a_more_urgent_case_is_said_as_a_longer_wait() =>
        Assert.Equal(MessageIds.HandoffWaitLonger, PositionUpdateRule.Decide(At(2, 30, 0), At(3, 45, 5), TwoMinutes));

    [Fact]
    public void Nobody_online_any_more_after_an_estimate_is_said_honestly() =>
        Assert.Equal(MessageIds.HandoffWaitLongerNoEstimate, PositionUpdateRule.Decide(At(2, 30, 0), At(2, null, 5), TwoMinutes));

    [Fact]
    public void A_better_place_with_nobody_online_gives_the_place_without_an_estimate() =>
        Assert.Equal(MessageIds.HandoffPositionBetterNoEstimate, PositionUpdateRule.Decide(At(4, null, 0), At(2, null, 5), TwoMinutes));

    [Fact]
    public void A_shorter_estimate_at_the_same_place_is_not_sent_on_its_own() =>
        Assert.Null(PositionUpdateRule.Decide(At(3, 45, 0), At(3, 23, 5), TwoMinutes));

    [Theory]
    [InlineData(3, 0, null)]
    [InlineData(3, 1, 45)]
    [InlineData(3, 2, 23)]
    [InlineData(1, 4, 4)]
    public void The_estimate_is_place_times_average_over_operators_online_rounded_up(long position, int online, int? minutes) =>
        Assert.Equal(minutes, QueueStanding.EstimateMinutes(position, online, TimeSpan.FromMinutes(15)));

    [Theory]
    [InlineData("hủy", true)]
    [InlineData("Huỷ yêu cầu", true)]
    [InlineData("huy yeu cau", true)]
    [InlineData("HUY YEU CAU.", true)]
    [InlineData("Thôi, không cần nữa!", true)]
    [InlineData("thoi khong can nua", true)]
    [InlineData("hủy hẹn với anh ta rồi", false)]
    [InlineData("tôi không cần nữa vì anh ta đánh tôi", false)]
    [InlineData("", false)]
    public void A_cancel_is_the_whole_message_with_or_without_diacritics(string text, bool cancels) =>
        Assert.Equal(cancels, CitizenCancel.Matches(text));
}

using Xunit;
using HotlineBot.Language;

namespace HotlineBot.Tests.Language;

public class TimeRecogniserTests
{
    [Theory]
    [InlineData("tối qua nó đánh em", "last-night")]
    [InlineData("toi qua no danh e", "last-night")]
    [InlineData("sáng nay", "this-morning")]
    [InlineData("sang nay", "this-morning")]
    [InlineData("hôm kia", "day-before-yesterday")]
    [InlineData("hom kia", "day-before-yesterday")]
    [InlineData("nó vừa xong đi ra", "just-now")]
    [InlineData("vua xong", "just-now")]
    [InlineData("hôm qua", "yesterday")]
    [InlineData("năm ngoái", "last-year")]
    [InlineData("2 giờ chiều", "14:00")]
    [InlineData("2 gio chieu", "14:00")]
    [InlineData("hai giờ sáng", "02:00")]
    [InlineData("14h30", "14:30")]
    [InlineData("2h chiều", "14:00")]
    [InlineData("9 giờ 15 phút tối", "21:15")]
    [InlineData("3 giờ rưỡi", "03:30")]
    [InlineData("11 giờ đêm", "23:00")]
    [InlineData("1 giờ trưa", "13:00")]
    public void Finds_times(string message, string expected) =>
        Assert.Contains(LanguageData.Entities(message, EntityKinds.Time), e => e.Value == expected);

    [Fact]
    public void Bay_gio_is_now_not_a_clock_time()
    {
        var times = LanguageData.Entities("bây giờ", EntityKinds.Time);
        Assert.Equal("now", Assert.Single(times).Value);
    }
}

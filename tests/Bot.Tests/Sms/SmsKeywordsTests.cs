using HotlineBot.Channels.Sms;

namespace HotlineBot.Tests.Sms;

public sealed class SmsKeywordsTests
{
    [Theory]
    [InlineData("STOP", SmsKeyword.OptOut)]
    [InlineData("stop", SmsKeyword.OptOut)]
    [InlineData(" Stop. ", SmsKeyword.OptOut)]
    [InlineData("STOPALL", SmsKeyword.OptOut)]
    [InlineData("UNSUBSCRIBE", SmsKeyword.OptOut)]
    [InlineData("END", SmsKeyword.OptOut)]
    [InlineData("QUIT", SmsKeyword.OptOut)]
    [InlineData("CANCEL", SmsKeyword.OptOut)]
    [InlineData("REVOKE", SmsKeyword.OptOut)]
    [InlineData("OPTOUT", SmsKeyword.OptOut)]
    [InlineData("HỦY", SmsKeyword.OptOut)]
    [InlineData("hủy", SmsKeyword.OptOut)]
    [InlineData("Huỷ", SmsKeyword.OptOut)]
    [InlineData("DỪNG", SmsKeyword.OptOut)]
    [InlineData("dừng!", SmsKeyword.OptOut)]
    [InlineData("START", SmsKeyword.OptIn)]
    [InlineData("unstop", SmsKeyword.OptIn)]
    [InlineData("YES", SmsKeyword.OptIn)]
    [InlineData("HELP", SmsKeyword.Help)]
    [InlineData("info", SmsKeyword.Help)]
    [InlineData("TRỢ GIÚP", SmsKeyword.Help)]
    [InlineData("trợ  giúp", SmsKeyword.Help)]
    [InlineData("tro giup", SmsKeyword.Help)]
    [InlineData("please stop", SmsKeyword.None)] // only a single word counts
    [InlineData("dừng lại đi", SmsKeyword.None)]
    [InlineData("dung", SmsKeyword.None)] // "đúng" (right) must never opt someone out
    [InlineData("huy", SmsKeyword.None)] // cancels a dialog instead
    [InlineData("1", SmsKeyword.None)]
    [InlineData("", SmsKeyword.None)]
    [InlineData(null, SmsKeyword.None)]
    public void ClassifiesSingleWordKeywords(string? text, SmsKeyword keyword) => Assert.Equal(keyword, SmsKeywords.Classify(text));

    [Fact]
    public void DecomposedDiacriticsCountToo() =>
        Assert.Equal(SmsKeyword.OptOut, SmsKeywords.Classify("DỪNG".Normalize(System.Text.NormalizationForm.FormD)));
}

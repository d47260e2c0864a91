using HotlineBot.Channels.Sms;

namespace HotlineBot.Tests.Sms;

/// <summary>Turning discreet mode on and off by SMS, typed however a basic phone allows.</summary>
public sealed class DiscreetKeywordsTests
{
    [Theory]
    [InlineData("nhắn kín đáo")]
    [InlineData("Nhan kin dao")]
    [InlineData("KÍN ĐÁO!")]
    [InlineData("  kin   dao ")]
    [InlineData("Kín đáo.")]
    public void These_turn_discreet_mode_on(string text) => Assert.Equal(SmsKeyword.DiscreetOn, SmsKeywords.Classify(text));

    [Theory]
    [InlineData("nhắn bình thường")]
    [InlineData("NHAN BINH THUONG")]
    public void These_turn_it_off(string text) => Assert.Equal(SmsKeyword.DiscreetOff, SmsKeywords.Classify(text));

    [Theory]
    [InlineData("tôi muốn nói chuyện kín đáo")] // a sentence, not the keyword
    [InlineData("bình thường")]                 // "fine": an answer, not a request
    [InlineData("kin")]
    public void Sentences_and_other_words_are_not_keywords(string text) => Assert.Equal(SmsKeyword.None, SmsKeywords.Classify(text));
}

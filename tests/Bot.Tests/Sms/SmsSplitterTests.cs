using HotlineBot.Channels.Sms;

namespace HotlineBot.Tests.Sms;

public sealed class SmsSplitterTests
{
    [Fact]
    public void AShortTextStaysWhole() => Assert.Equal(["Xin chào bạn"], SmsSplitter.Split("Xin chào bạn"));

    [Fact]
    public void ParagraphsAreKeptTogetherWhileTheyFit()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Cảm ơn bạn đã liên hệ.", 4)); // 91 UCS-2 units
        var texts = SmsSplitter.Split(string.Join("\n\n", Enumerable.Repeat(paragraph, 5)));
        Assert.Equal(3, texts.Count); // 2 paragraphs (185 units ≤ 201) per text
        Assert.All(texts, t => Assert.True(SmsSegments.Count(t).Segments <= 3));
        Assert.Equal(paragraph + "\n\n" + paragraph, texts[0]);
    }

    [Fact]
    public void ALongParagraphIsSplitBetweenWordsNeverInsideOne()
    {
        var words = Enumerable.Range(0, 200).Select(i => $"từ{i}").ToArray();
        var texts = SmsSplitter.Split(string.Join(' ', words));
        Assert.All(texts, t => Assert.True(SmsSegments.Count(t).Segments <= 3));
        Assert.Equal(words, texts.SelectMany(t => t.Split(' ')));
    }

    [Fact]
    public void ARunWithoutSpacesIsCutAndKeepsEveryCharacter()
    {
        var text = string.Concat(Enumerable.Repeat("😜ệ", 300));
        var texts = SmsSplitter.Split(text);
        Assert.All(texts, t => Assert.True(SmsSegments.Count(t).Segments <= 3));
        Assert.Equal(text, string.Concat(texts));
        Assert.All(texts, t => Assert.False(char.IsHighSurrogate(t[^1])));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RespectsTheSegmentLimit(int segments)
    {
        var texts = SmsSplitter.Split(string.Join(' ', Enumerable.Repeat("Bạn có an toàn không?", 60)), segments);
        Assert.All(texts, t => Assert.True(SmsSegments.Count(t).Segments <= segments));
    }
}

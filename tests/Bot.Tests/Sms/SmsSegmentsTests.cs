using HotlineBot.Channels.Sms;

namespace HotlineBot.Tests.Sms;

/// <summary>PROTOCOLS §5, vectors T3 (cases 1–11), plus the extension-character cost.</summary>
public sealed class SmsSegmentsTests
{
    private const string Emoji = "😜";

    private static string D(int n) => string.Concat(Enumerable.Repeat("1234567890", n / 10 + 1))[..n];

    public static TheoryData<int, string, SmsEncoding, int, int?> Cases => new()
    {
        { 1, D(160), SmsEncoding.Gsm7, 1, 160 },
        { 2, D(161), SmsEncoding.Gsm7, 2, 161 },
        { 3, D(307), SmsEncoding.Gsm7, 3, 307 },
        { 4, Emoji + D(69)[1..], SmsEncoding.Ucs2, 1, 70 },
        { 5, Emoji + D(70)[1..], SmsEncoding.Ucs2, 2, 71 },
        { 6, Emoji + D(134)[1..], SmsEncoding.Ucs2, 3, 135 },
        { 7, "Xin chào", SmsEncoding.Gsm7, 1, 8 },
        { 8, "Xin chào bạn", SmsEncoding.Ucs2, 1, null },
        { 9, "Cảm ơn bạn đã liên hệ. Chúng tôi sẽ phản hồi sớm.", SmsEncoding.Ucs2, 1, 49 },
        { 10, new string('a', 70) + "ệ", SmsEncoding.Ucs2, 2, null },
        { 11, string.Concat(Enumerable.Repeat("{}", 80)), SmsEncoding.Gsm7, 3, 320 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void CountsLikeTheVectors(int @case, string body, SmsEncoding encoding, int segments, int? units)
    {
        var count = SmsSegments.Count(body);
        Assert.True(encoding == count.Encoding, $"case {@case}: {count.Encoding}");
        Assert.True(segments == count.Segments, $"case {@case}: {count.Segments} segments");
        if (units is not null)
        {
            Assert.True(units == count.Units, $"case {@case}: {count.Units} units");
        }
    }

    [Fact]
    public void Case4HasSixtyNineCharactersButSeventyUnits() =>
        Assert.Equal(69, System.Globalization.StringInfo.ParseCombiningCharacters(Emoji + D(69)[1..]).Length);

    [Theory]
    [InlineData("|^€{}[]~\\", 18)]
    [InlineData("a€", 3)]
    public void ExtensionCharactersCostTwoSeptets(string body, int septets)
    {
        var count = SmsSegments.Count(body);
        Assert.Equal(SmsEncoding.Gsm7, count.Encoding);
        Assert.Equal(septets, count.Units);
    }

    [Fact]
    public void EightyExtensionCharactersAndOneMoreSeptetStillFitOneSegment() =>
        Assert.Equal(1, SmsSegments.Count(new string('€', 80)).Segments);

    [Fact]
    public void NormalisesToNfcFirst()
    {
        var decomposed = "Xin chào".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal(new SmsSegmentCount(SmsEncoding.Gsm7, 1, 8), SmsSegments.Count(decomposed));
    }

    [Theory]
    [InlineData("Đường dây nóng hỗ trợ", "Duong day nong ho tro")]
    [InlineData("Bạn có an toàn không?", "Ban co an toan khong?")]
    [InlineData("113 (Công an)", "113 (Cong an)")]
    public void FoldsVietnameseToGsm7(string text, string folded)
    {
        Assert.Equal(folded, SmsFolding.RemoveDiacritics(text));
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.Count(folded).Encoding);
    }

    [Theory]
    [InlineData("toi bi chong danh", true)]
    [InlineData("Tôi bị chồng đánh", false)]
    [InlineData("dang o ha noi", true)]
    [InlineData("1", false)]
    [InlineData("", false)]
    public void TellsWhetherSomeoneWritesWithoutDiacritics(string text, bool without) =>
        Assert.Equal(without, SmsFolding.IsWrittenWithoutDiacritics(text));
}

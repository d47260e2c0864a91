using Xunit;
using System.Text;
using HotlineBot.Language;

namespace HotlineBot.Tests.Language;

public class BadInputTests
{
    public static TheoryData<string, Intent> Inputs => new()
    {
        { "", Intent.Other },
        { "   \t  ", Intent.Other },
        { "😭😭😭", Intent.SmallTalk },
        { "👍", Intent.SmallTalk },
        { "\uD800\uDC00\uDBFF", Intent.Other },
        { "\0\u0001\u0002\u0003\uFFFE", Intent.Other },
        { "مرحبا كيف حالك", Intent.Other },
        { "שלום עולם", Intent.Other },
        { "\u202Ecứu tôi với\u202C", Intent.Emergency },
        { "cứu\uD800 tôi", Intent.Emergency },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Never_throws_and_gives_a_sensible_intent(string message, Intent expected)
    {
        var r = LanguageData.Triage.Classify(message);
        Assert.Equal(expected, r.Intent);
        Assert.NotNull(TriageJson.Serialize(message, r));
    }

    [Fact]
    public void Null_is_other() => Assert.Equal(Intent.Other, LanguageData.Triage.Classify(null).Intent);

    [Fact]
    public void Ten_thousand_characters_with_a_cry_for_help_at_the_end()
    {
        var sb = new StringBuilder();
        while (sb.Length < 10_000)
        {
            sb.Append("hôm nay trời đẹp quá ");
        }
        sb.Append("chồng đang đánh em");
        var r = LanguageData.Triage.Classify(sb.ToString());
        Assert.Equal(Intent.Emergency, r.Intent);
    }

    [Fact]
    public void Random_binary_never_throws()
    {
        var random = new Random(42);
        for (int i = 0; i < 500; i++)
        {
            var bytes = new byte[random.Next(1, 400)];
            random.NextBytes(bytes);
            var asUtf8 = Encoding.UTF8.GetString(bytes);
            var asChars = new string(bytes.Select(b => (char)(b * 257)).ToArray());
            LanguageData.Triage.Classify(asUtf8);
            LanguageData.Triage.Classify(asChars);
        }
    }

    [Fact]
    public void Nfd_input_is_classified_like_nfc()
    {
        var nfd = "chồng đang đánh em".Normalize(NormalizationForm.FormD);
        Assert.Equal(Intent.Emergency, LanguageData.Triage.Classify(nfd).Intent);
    }
}

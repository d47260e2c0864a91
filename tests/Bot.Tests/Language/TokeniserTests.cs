using Xunit;
using HotlineBot.Language;

namespace HotlineBot.Tests.Language;

public class TokeniserTests
{
    private static Tokeniser Tokeniser => LanguageData.Triage.Tokeniser;

    [Theory]
    [InlineData("ck dang danh e", "chồng dang danh em")]
    [InlineData("ko dc", "không được")]
    [InlineData("khg hok k", "không không không")]
    [InlineData("đc vk", "được vợ")]
    [InlineData("a j z", "anh gì vậy")]
    [InlineData("bn tiền", "bao nhiêu tiền")]
    [InlineData("ny e", "người yêu em")]
    [InlineData("bây h e ở đâu", "bây giờ em ở đâu")]
    [InlineData("bh mn ơi", "bây giờ mọi người ơi")]
    [InlineData("mng", "mọi người")]
    [InlineData("cho e xin sđt", "cho em xin số điện thoại")]
    [InlineData("CỨUUUU", "cứu")]
    [InlineData("kkkkk", "haha")]
    public void Sms_shorthand_expands(string input, string expected) =>
        Assert.Equal(expected, Tokeniser.Tokenise(input).Join());

    [Fact]
    public void Expanded_tokens_keep_the_span_of_the_shorthand()
    {
        var t = Tokeniser.Tokenise("hỏi bn tiền");
        Assert.Equal(["hỏi", "bao", "nhiêu", "tiền"], t.Syllables());
        Assert.Equal(4, t.Tokens[1].Start);
        Assert.Equal(2, t.Tokens[2].Length);
        Assert.True(t.Tokens[2].Expanded);
    }

    [Fact]
    public void Bigrams_on_accented_and_folded_forms()
    {
        var t = Tokeniser.Plain.Tokenise("Bạo lực gia đình!");
        Assert.Equal(["bạo_lực", "lực_gia", "gia_đình"], t.Bigrams());
        Assert.Equal(["bao_luc", "luc_gia", "gia_dinh"], t.Bigrams(folded: true));
        Assert.Equal(7, t.Terms().Count());
    }

    [Fact]
    public void Punctuation_and_emoji_separate_and_are_counted()
    {
        var t = Tokeniser.Plain.Tokenise("cứu,tôi😭😭 với?");
        Assert.Equal(["cứu", "tôi", "với"], t.Syllables());
        Assert.Equal(2, t.EmojiCount);
        Assert.True(t.HasQuestionMark);
    }
}

using Xunit;
using System.Text;
using HotlineBot.Language;

namespace HotlineBot.Tests.Language;

public class NormaliserTests
{
    [Theory]
    [InlineData("Chồng Tôi", "chồng tôi")]
    [InlineData("ĐÁNH", "đánh")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalise_lower_cases_and_composes(string? input, string expected) =>
        Assert.Equal(expected, Normaliser.Normalise(input));

    [Fact]
    public void Nfd_input_equals_nfc_input()
    {
        var nfd = "chồng đánh tôi".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("chồng đánh tôi", nfd);
        Assert.Equal("chồng đánh tôi", Normaliser.Normalise(nfd));
    }

    [Theory]
    [InlineData("Đắk Lắk", "dak lak")]
    [InlineData("đánh đập", "danh dap")]
    [InlineData("Hồ Chí Minh", "ho chi minh")]
    [InlineData("ưởng ợ ỹ", "uong o y")]
    public void Fold_removes_diacritics(string input, string expected) =>
        Assert.Equal(expected, Normaliser.Fold(input.ToLowerInvariant()));

    [Theory]
    [InlineData("cứuuuu", "cứu")]
    [InlineData("cứuu", "cứu")]
    [InlineData("điiiii", "đi")]
    [InlineData("nhaaaa", "nha")]
    [InlineData("cuuuu", "cuu")]
    [InlineData("đauuuu", "đau")]
    [InlineData("xoooong", "xoong")]
    [InlineData("cừu", "cừu")]
    [InlineData("0900", "0900")]
    public void Stretched_letters_collapse(string input, string expected) =>
        Assert.Equal(expected, Normaliser.CollapseStretched(input));

    [Fact]
    public void Lone_surrogates_and_controls_become_spaces()
    {
        var s = Normaliser.Normalise("a\uD800b\u0001c\uDC00");
        Assert.Equal("a b c ", s);
    }
}

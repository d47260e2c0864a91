using HotlineBot.Dialogs;
using Xunit;

namespace HotlineBot.Tests.Dialogs;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Tìm nơi tạm lánh", "tim noi tam lanh")]
    [InlineData("  TÌM   NƠI tạm lánh!! ", "tim noi tam lanh")]
    [InlineData("Đồng ý", "dong y")]
    [InlineData("Quay lại menu.", "quay lai menu")]
    [InlineData("Hỏi về pháp luật", "hoi ve phap luat")]
    [InlineData("ƯỚC", "uoc")]
    [InlineData("?!", "")]
    public void FoldsCaseDiacriticsAndPunctuation(string text, string folded) => Assert.Equal(folded, TextFolding.Fold(text));

    [Fact]
    public void DecomposedInputFoldsLikePrecomposed() =>
        Assert.Equal(TextFolding.Fold("Hà Tĩnh"), TextFolding.Fold("Hà Tĩnh".Normalize(System.Text.NormalizationForm.FormD)));
}

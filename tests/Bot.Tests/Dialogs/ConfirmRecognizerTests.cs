using HotlineBot.Dialogs;
using Xunit;

namespace HotlineBot.Tests.Dialogs;

public sealed class ConfirmRecognizerTests
{
    [Theory]
    [InlineData("có")]
    [InlineData("co")]
    [InlineData("Có")]
    [InlineData("ừ")]
    [InlineData("u")]
    [InlineData("uh")]
    [InlineData("ừm")]
    [InlineData("vâng")]
    [InlineData("vang")]
    [InlineData("dạ")]
    [InlineData("da")]
    [InlineData("ok")]
    [InlineData("oke")]
    [InlineData("được")]
    [InlineData("dc")]
    [InlineData("đc")]
    [InlineData("đồng ý")]
    [InlineData("Yes")]
    [InlineData("y")]
    [InlineData("dạ vâng ạ")]
    [InlineData("có chị ơi")]
    [InlineData("ok!")]
    public void UnderstandsYes(string text) => Assert.True(ConfirmRecognizer.Recognize(text, "Có", "Không"));

    [Theory]
    [InlineData("không")]
    [InlineData("khong")]
    [InlineData("Không")]
    [InlineData("ko")]
    [InlineData("k")]
    [InlineData("kg")]
    [InlineData("khg")]
    [InlineData("hông")]
    [InlineData("hok")]
    [InlineData("no")]
    [InlineData("n")]
    [InlineData("thôi")]
    [InlineData("chưa")]
    [InlineData("không ạ")]
    [InlineData("chưa anh")]
    public void UnderstandsNo(string text) => Assert.False(ConfirmRecognizer.Recognize(text, "Có", "Không"));

    [Theory]
    [InlineData("có lẽ")]
    [InlineData("ko biết")]
    [InlineData("có không")]
    [InlineData("ạ")]
    [InlineData("")]
    [InlineData("anh ấy đánh tôi")]
    public void ALongerOrMixedMessageIsNotAnAnswer(string text) => Assert.Null(ConfirmRecognizer.Recognize(text, "Có", "Không"));
}

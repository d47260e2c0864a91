using HotlineBot.Dialogs;

namespace HotlineBot.Tests.Dialogs;

/// <summary>How the skippable yes/no prompt reads answers (yes/no vocabulary is <see cref="ConfirmRecognizer"/>'s).</summary>
public sealed class YesNoSkipPromptTests
{
    private static DialogResult? Read(string text) => YesNoSkipPrompt.Read(text);

    [Theory]
    [InlineData("Có", true)]
    [InlineData("co", true)]
    [InlineData("uh", true)]
    [InlineData("dc", true)]
    [InlineData("dạ vâng ạ", true)]
    [InlineData("co, nhieu lan roi", true)]
    [InlineData("Có. Tuần trước", true)]
    [InlineData("Không", false)]
    [InlineData("ko", false)]
    [InlineData("k", false)]
    [InlineData("hok", false)]
    [InlineData("không, chưa bao giờ", false)]
    public void Yes_and_no_with_or_without_an_explanation(string text, bool confirmed)
    {
        var result = Read(text);

        Assert.Equal(confirmed, result?.Confirmed);
        Assert.False(result!.Skipped || result.Stopped);
    }

    [Theory]
    [InlineData("Bỏ qua")]
    [InlineData("bo qua")]
    [InlineData("BỎ QUA!")]
    [InlineData("skip")]
    [InlineData("không muốn trả lời")]
    [InlineData("khong muon tra loi")]
    [InlineData("k muon tra loi")]
    [InlineData("ko biet")]
    [InlineData("không biết")]
    [InlineData("dạ em không biết ạ")]
    [InlineData("kb")]
    [InlineData("chưa biết")]
    [InlineData("khong ro lam")]
    [InlineData("minh khong muon tra loi cau nay")]
    public void Skips(string text)
    {
        var result = Read(text);

        Assert.True(result?.Skipped, text);
        Assert.Null(result!.Confirmed);
    }

    [Theory]
    [InlineData("thôi")]
    [InlineData("thoi")]
    [InlineData("dừng lại")]
    [InlineData("dung lai")]
    [InlineData("thôi, dừng lại")]
    [InlineData("không trả lời nữa")]
    [InlineData("ko tra loi nua")]
    [InlineData("đủ rồi")]
    public void Stops(string text) => Assert.True(Read(text)?.Stopped, text);

    [Theory]
    [InlineData("có lẽ")]
    [InlineData("chắc vậy")]
    [InlineData("hmm")]
    [InlineData("???")]
    [InlineData("có không")]
    [InlineData("")]
    [InlineData("anh ấy đánh tôi")]
    public void Unclear_answers_are_not_answers(string text) => Assert.Null(Read(text));
}

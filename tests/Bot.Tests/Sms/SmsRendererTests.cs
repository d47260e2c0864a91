using HotlineBot.Activities;
using HotlineBot.Channels.Sms;
using HotlineBot.Content;

namespace HotlineBot.Tests.Sms;

public sealed class SmsRendererTests
{
    private static readonly SmsRenderer Renderer = SmsRendering.Renderer;

    private static Activity Message(string text, params string[] choices) => new()
    {
        Text = text,
        SuggestedActions = choices.Length > 0 ? new SuggestedActions([.. choices.Select(CardAction.ImBack)]) : null,
    };

    [Fact]
    public void SuggestedActionsBecomeNumberedOptionsInTheirOrder()
    {
        var texts = Renderer.Render([Message("Bạn cần gì?", "Tư vấn", "Pháp luật", "Nơi tạm lánh")], withoutDiacritics: false);
        Assert.Equal(["Bạn cần gì?\n1. Tư vấn\n2. Pháp luật\n3. Nơi tạm lánh\nTrả lời 1, 2 hoặc 3."], texts);
    }

    [Fact]
    public void TwoOptionsAndOneOption()
    {
        Assert.EndsWith("Trả lời 1 hoặc 2.", Renderer.Render([Message("Có an toàn không?", "Có", "Không")], false)[0]);
        Assert.EndsWith("Trả lời 1.", Renderer.Render([Message("Tiếp tục?", "Có")], false)[0]);
    }

    [Fact]
    public void ATurnsMessagesAreJoinedAndTypingIsIgnored()
    {
        var texts = Renderer.Render([Message("Xin chào."), new Activity { Type = ActivityTypes.Typing }, Message("Bạn cần gì?")], false);
        Assert.Equal(["Xin chào.\n\nBạn cần gì?"], texts);
    }

    [Fact]
    public void WithoutDiacriticsTheReplyIsGsm7()
    {
        var texts = Renderer.Render([Message("Gọi ngay: 113 (Công an) · 111 (Bảo vệ trẻ em) — “miễn phí”…", "Đồng ý", "Không")], withoutDiacritics: true);
        var text = Assert.Single(texts);
        Assert.Equal("Goi ngay: 113 (Cong an) - 111 (Bao ve tre em) - \"mien phi\"...\n1. Dong y\n2. Khong\nTra loi 1 hoac 2.", text);
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.Count(text).Encoding);
    }

    [Fact]
    public void EveryTextStaysWithinThreeSegments()
    {
        var texts = Renderer.Render(Enumerable.Range(0, 10).Select(i => Message($"Đoạn {i}: " + string.Join(' ', Enumerable.Repeat("bạn không có lỗi", 8)))), false);
        Assert.True(texts.Count > 1);
        Assert.All(texts, t => Assert.True(SmsSegments.Count(t).Segments <= SmsRenderer.MaxSegments));
    }
}

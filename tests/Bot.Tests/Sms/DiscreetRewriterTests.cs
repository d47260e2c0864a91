using HotlineBot.Activities;
using HotlineBot.Channels.Sms;
using HotlineBot.Content;

namespace HotlineBot.Tests.Sms;

/// <summary>
/// Discreet mode's safety net: whoever else reads the phone must not learn the topic from an SMS, whether it is written
/// with diacritics or without, in capitals or not, while innocent words that look alike stay as they are.
/// </summary>
public sealed class DiscreetRewriterTests
{
    private static readonly DiscreetRewriter Rewriter = SmsRendering.Rewriter;

    [Theory]
    [InlineData("Nếu bạn bị bạo lực gia đình, hãy gọi công an.", "Nếu bạn bị chuyện gia đình, hãy gọi.")]
    [InlineData("Bạn có thể đến nơi tạm lánh gần nhất.", "Bạn có thể đến chỗ ở tạm gần nhất.")]
    [InlineData("Nạn nhân bị xâm hại có quyền được bảo vệ.", "Người cần giúp bị chuyện khó nói có quyền được bảo vệ.")]
    [InlineData("Chồng tôi đánh tôi", "Chồng tôi làm khó tôi")]
    public void Revealing_phrases_with_diacritics_are_replaced_or_removed(string text, string expected) =>
        Assert.Equal(expected, Rewriter.Rewrite(text));

    [Theory]
    [InlineData("Neu ban bi bao luc, goi cong an 113.", "Neu ban bi chuyen kho khan, goi 113.")]
    [InlineData("Tim noi tam lanh", "Tim cho o tam")]
    [InlineData("Ban co an toan khong?", "Ban co on khong?")]
    [InlineData("Bạo luc gia dinh", "Chuyện gia đình")] // half the marks typed: still found
    public void Without_diacritics_they_are_found_too_and_replaced_without_diacritics(string text, string expected) =>
        Assert.Equal(expected, Rewriter.Rewrite(text));

    [Theory]
    [InlineData("BẠO LỰC", "CHUYỆN KHÓ KHĂN")]
    [InlineData("Bạo lực không phải lỗi của bạn.", "Chuyện khó khăn không phải lỗi của bạn.")]
    [InlineData("TAM LANH", "O TAM")]
    [InlineData("Gọi Công An", "Gọi")]
    public void Case_is_ignored_when_matching_and_kept_in_the_replacement(string text, string expected) =>
        Assert.Equal(expected, Rewriter.Rewrite(text));

    [Theory]
    [InlineData("Bạn muốn đánh giá mức độ khó khăn không?")] // "đánh giá" (assess) is kept: it is not "đánh" (hit)
    [InlineData("Dành cho cộng tác viên")]                 // "dành" (for) is not "đánh"
    [InlineData("Danh cho cong tac vien")]                 // nor is "danh" without diacritics: "đánh" is accented-only
    [InlineData("Tron mot nam")]                           // "tròn", not "trốn"
    [InlineData("baoluc, congan, tamlanhx")]               // not whole words
    [InlineData("Xin chào, mình có thể giúp gì cho bạn?")]
    public void Innocent_words_and_parts_of_words_are_left_alone(string text) =>
        Assert.Same(text, Rewriter.Rewrite(text));

    [Fact]
    public void Whole_words_inside_punctuation_are_still_found()
    {
        Assert.Equal("(chuyện khó khăn)", Rewriter.Rewrite("(bạo lực)"));
        Assert.Equal("Gặp chuyện? Gọi 113.", Rewriter.Rewrite("Bị đánh? Gọi 113."));
    }

    [Fact]
    public void The_emergency_numbers_keep_their_digits_and_lose_their_labels()
    {
        var labelled = SmsRendering.Numbers.Line; // "113 (Công an) · 111 (Bảo vệ trẻ em, miễn phí) · 1800 1768 (Hỗ trợ phụ nữ, …)"

        Assert.Equal("Gọi ngay: 113, 111 hoặc 1800 1768.", Rewriter.Rewrite($"Gọi ngay: {labelled}."));
        Assert.Equal("Goi ngay: 113, 111 hoac 1800 1768.", Rewriter.Rewrite(SmsFolding.RemoveDiacritics($"Gọi ngay: {labelled}.")));
        Assert.Equal("Gọi 113 hoặc 111.", Rewriter.Rewrite("Gọi 113 (Công an) hoặc 111 (Bảo vệ trẻ em, miễn phí)."));
    }

    [Fact]
    public void A_rewritten_text_reveals_nothing_and_nothing_revealing_is_left_unfound()
    {
        var text = "Nếu bạn đang gặp nguy hiểm vì bạo lực, bị đe dọa hay xâm hại tình dục, hãy gọi 113 (Công an) hoặc tìm nơi tạm lánh.";

        Assert.Equal("bạo lực", Rewriter.FirstRevealing("Chuyện bạo lực"));
        Assert.NotNull(Rewriter.FirstRevealing(text));
        Assert.Null(Rewriter.FirstRevealing(Rewriter.Rewrite(text)));
        Assert.Null(Rewriter.FirstRevealing(Rewriter.Rewrite(SmsFolding.RemoveDiacritics(text))));
        Assert.Contains("113", Rewriter.Rewrite(text));
    }

    [Fact]
    public void The_renderer_rewrites_menus_in_discreet_mode_only_and_then_folds()
    {
        var menu = new Activity
        {
            Text = "Bạn cần gì?",
            SuggestedActions = new SuggestedActions([CardAction.ImBack("Tôi đang gặp nguy hiểm"), CardAction.ImBack("Tìm nơi tạm lánh")]),
        };

        Assert.Equal(["Ban can gi?\n1. Toi can giup gap\n2. Tim cho o tam\nTra loi 1 hoac 2."], SmsRendering.Renderer.Render([menu], withoutDiacritics: true, discreetMode: true));
        Assert.Equal(["Bạn cần gì?\n1. Tôi đang gặp nguy hiểm\n2. Tìm nơi tạm lánh\nTrả lời 1 hoặc 2."], SmsRendering.Renderer.Render([menu], withoutDiacritics: false));
    }

    [Fact]
    public void The_offer_of_discreet_mode_closes_the_first_message_only()
    {
        var texts = SmsRendering.Renderer.Render([new Activity { Text = "Xin chào." }, new Activity { Text = "Bạn cần gì?" }], false, false, "Nhắn KÍN ĐÁO.");

        Assert.Equal(["Xin chào.\nNhắn KÍN ĐÁO.\n\nBạn cần gì?"], texts);
    }

    [Fact]
    public void Every_shipped_discreet_variant_is_discreet_already_and_keeps_its_numbers()
    {
        var messages = SmsRendering.Content.Messages;
        var discreetIds = messages.Ids.Where(id => id.EndsWith(DiscreetMessages.Suffix, StringComparison.Ordinal) || id.StartsWith("sms.discreet_on", StringComparison.Ordinal)).ToList();

        Assert.Contains("greeting.discreet", discreetIds);
        Assert.Contains("emergency.numbers.discreet", discreetIds);
        Assert.Contains("menu.prompt.discreet", discreetIds);
        Assert.Contains("sms.help.discreet", discreetIds);
        foreach (var id in discreetIds)
        {
            foreach (var variant in messages.Variants(id))
            {
                var said = Rewriter.Rewrite(variant.Replace("{numbers}", SmsRendering.Numbers.Line, StringComparison.Ordinal));
                Assert.True(Rewriter.FirstRevealing(variant) is null, $"'{id}' says '{Rewriter.FirstRevealing(variant)}'");
                Assert.Equal(variant.Contains("{numbers}", StringComparison.Ordinal), said.Contains("113, 111 hoặc 1800 1768", StringComparison.Ordinal));
            }
        }
    }
}

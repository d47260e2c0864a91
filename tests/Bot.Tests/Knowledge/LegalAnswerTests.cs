using HotlineBot.Channels.Sms;
using HotlineBot.Knowledge;

namespace HotlineBot.Tests.Knowledge;

/// <summary>What the bot may say depends on how far the content was checked; fines always say decree, article and whom.</summary>
public sealed class LegalAnswerTests
{
    private static readonly LegalAnswerComposer Composer = KnowledgeFixture.Composer;

    [Fact]
    public void A_faq_match_on_a_checked_article_gives_the_faq_answer()
    {
        var answer = Composer.Answer("cty chi tuyen nam co sai luat ko");
        Assert.Equal(LegalAnswerKind.Faq, answer.Kind);
        Assert.StartsWith("Nếu công ty từ chối nhận bạn chỉ vì bạn là nữ", answer.Text);
        Assert.Equal(new ArticleRef("73/2006/QH11", 13), answer.Article);
    }

    [Fact]
    public void A_checked_article_is_answered_from_its_summary_with_the_citation() =>
        Assert.Equal(
            "Về điều bạn hỏi, theo Điều 3 Luật Phòng, chống bạo lực gia đình: Luật kể ra các hành vi bạo lực gia đình, "
            + "trong đó có hành hạ, ngược đãi, đánh đập hoặc xâm hại sức khỏe, tính mạng của thành viên gia đình, lăng mạ, cô lập và cưỡng ép quan hệ tình dục.",
            Composer.Answer("ck đánh vk có phải bạo lực gia đình ko").Text);

    [Fact]
    public void A_fine_is_given_with_decree_article_clause_amounts_and_whom()
    {
        var answer = Composer.Answer("quy chế công ty phân biệt đối xử về giới bị phạt thế nào");
        Assert.Equal(LegalAnswerKind.Article, answer.Kind);
        Assert.EndsWith(
            "Theo khoản 3 Điều 8 Nghị định 125/2021/NĐ-CP, hành vi đặt ra quy chế có phân biệt đối xử về giới bị phạt tiền từ 20.000.000 đến 30.000.000 đồng (mức phạt với cá nhân).",
            answer.Text);
    }

    [Fact]
    public void A_partly_checked_article_gives_only_its_checked_points()
    {
        var answer = Composer.Answer("vợ chồng có quyền ngang nhau với tài sản chung không");
        Assert.Equal(LegalAnswerKind.Partial, answer.Kind);
        Assert.Contains("Điều 18 Luật Bình đẳng giới (Bình đẳng giới trong gia đình)", answer.Text);
        Assert.Contains("Vợ chồng có quyền ngang nhau với tài sản chung và thu nhập chung.", answer.Text);
        Assert.DoesNotContain("Con trai và con gái", answer.Text);
        Assert.DoesNotContain("Con trai và con gái", Composer.More(answer.Article!.Value));
    }

    [Fact]
    public void A_title_only_article_is_named_but_never_explained()
    {
        var answer = Composer.Answer("hội phụ nữ có trách nhiệm gì về bình đẳng giới");
        Assert.Equal(LegalAnswerKind.TitleOnly, answer.Kind);
        Assert.Equal(
            "Câu hỏi của bạn có thể liên quan đến Điều 30 Luật Bình đẳng giới (Trách nhiệm của Hội Liên hiệp phụ nữ Việt Nam). "
            + "Mình chưa kiểm chứng được nội dung điều này nên không dám trả lời chắc; tư vấn viên có thể giúp bạn rõ hơn.",
            answer.Text);
    }

    [Fact]
    public void An_unverified_article_is_never_cited_even_when_it_matches_best()
    {
        var question = "nghĩa vụ của tổ chức đoàn thể";
        Assert.Equal(31, KnowledgeFixture.Search.Search(question).Best!.Article.Number);
        var answer = Composer.Answer(question);
        Assert.Equal(LegalAnswerKind.NotSure, answer.Kind);
        Assert.DoesNotContain("Điều 31", answer.Text);
        Assert.DoesNotContain("Trách nhiệm của cơ quan, tổ chức", answer.Text);
    }

    [Fact]
    public void Not_sure_says_so_and_names_the_closest_articles()
    {
        var answer = Composer.Answer("hội phụ nữ có làm gì khi công ty trả lương thấp");
        Assert.Equal(LegalAnswerKind.NotSure, answer.Kind);
        Assert.StartsWith("Mình chưa chắc chắn về câu trả lời và không muốn nói sai. Những điều luật gần nhất mình tìm được: "
            + "Điều 13 Luật Bình đẳng giới (Bình đẳng giới trong lĩnh vực lao động); Điều", answer.Text);
        Assert.EndsWith("Bạn có thể gặp tư vấn viên để được giải đáp chính xác.", answer.Text);
        Assert.Null(answer.Article);
    }

    [Fact]
    public void A_question_far_from_everything_names_no_article()
    {
        var answer = Composer.Answer("thời tiết hôm nay thế nào");
        Assert.Equal(LegalAnswerKind.NotSure, answer.Kind);
        Assert.DoesNotContain("Điều", answer.Text);
    }

    [Fact]
    public void More_lists_key_points_checked_fines_and_related_articles_never_unverified_fines()
    {
        var more = Composer.More(new ArticleRef("125/2021/NĐ-CP", 8));
        Assert.Equal(
            "Các ý chính của Điều 8 Nghị định 125/2021/NĐ-CP (Hành vi vi phạm quy định về bình đẳng giới trong lĩnh vực lao động):\n"
            + "• Từ chối tuyển dụng người thuộc một giới: phạt tiền từ 10.000.000 đến 15.000.000 đồng (mức phạt với cá nhân, điểm a khoản 2 Điều 8 Nghị định 125/2021/NĐ-CP).\n"
            + "• Đặt ra quy chế có phân biệt đối xử về giới: phạt tiền từ 20.000.000 đến 30.000.000 đồng (mức phạt với cá nhân, khoản 3 Điều 8 Nghị định 125/2021/NĐ-CP).",
            more);
        Assert.Contains("Điều liên quan: Điều 3 Luật Phòng, chống bạo lực gia đình (Hành vi bạo lực gia đình).", Composer.More(new ArticleRef("13/2022/QH15", 25)));
    }

    [Theory]
    [InlineData("cty chi tuyen nam co sai luat ko")]
    [InlineData("xin lệnh cấm tiếp xúc ở đâu")]
    [InlineData("ck đánh vk có phải bạo lực gia đình ko")]
    [InlineData("quy chế công ty phân biệt đối xử về giới bị phạt thế nào")]
    public void The_sms_form_fits_in_three_segments_and_keeps_the_citation(string question)
    {
        var sms = Composer.Answer(question, sms: true).Text;
        Assert.True(SmsSegments.Count(sms).Segments <= 3, $"{SmsSegments.Count(sms).Segments} segments: {sms}");
        Assert.Contains("Điều", sms);
    }

    [Fact]
    public void The_faq_sms_form_is_used_on_sms() =>
        Assert.Equal("Theo Điều 13 Luật Bình đẳng giới, công ty không được chỉ tuyển nam vì lý do giới tính.",
            Composer.Answer("công ty chỉ tuyển nam có vi phạm luật không", sms: true).Text);

    [Fact]
    public void A_long_text_is_cut_at_a_sentence_or_a_word_to_fit()
    {
        var sentence = "Theo Điều 25 Luật Phòng, chống bạo lực gia đình, Chủ tịch xã có thể cấm tiếp xúc tối đa 3 ngày.";
        var fitted = SmsAnswer.Fit(string.Join(" ", Enumerable.Repeat(sentence, 5)));
        Assert.True(SmsAnswer.Fits(fitted));
        Assert.EndsWith(".", fitted);
        var oneLong = SmsAnswer.Fit(string.Join(" ", Enumerable.Repeat("rất dài", 120)));
        Assert.True(SmsAnswer.Fits(oneLong));
        Assert.EndsWith("…", oneLong);
    }
}

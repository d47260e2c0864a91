using HotlineBot.Collaborators;
using HotlineBot.Language;
using HotlineBot.Referral.Gazetteer;

namespace HotlineBot.Tests.Collaborators;

/// <summary>Questions collaborators type, with or without diacritics or in SMS shorthand, find the right procedure.</summary>
public sealed class ProcedureMatcherTests
{
    private static readonly ProcedureLibrary Library =
        ProcedureLoader.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"), Gazetteer.Load(AppContext.BaseDirectory).Provinces.Select(p => p.Id));

    private static readonly ProcedureMatcher Matcher = new(Library, new Tokeniser(Abbreviations.Load(AppContext.BaseDirectory)));

    [Theory]
    [InlineData("nhận tin báo thì làm gì trước", "receiving-report")]
    [InlineData("nhan tin bao thi lam gi truoc", "receiving-report")]
    [InlineData("hàng xóm báo có vụ đánh vợ, tôi phải ghi những gì?", "receiving-report")]
    [InlineData("co nguoi to giac bao luc thi bao cho ai", "receiving-report")]
    [InlineData("Cấm tiếp xúc được mấy ngày?", "no-contact-order")]
    [InlineData("cam tiep xuc dc may ngay", "no-contact-order")]
    [InlineData("ai được đề nghị chủ tịch xã ra quyết định cấm", "no-contact-order")]
    [InlineData("đưa chị ấy đến nhà tạm lánh nào", "trusted-address")]
    [InlineData("xa phai lam gi voi dia chi tin cay", "trusted-address")]
    [InlineData("trẻ em bị bố đánh thì gọi số nào", "child-victims")]
    [InlineData("chau be bi xam hai", "child-victims")]
    [InlineData("nạn nhân bị thương cần đi bệnh viện", "referral")]
    [InlineData("gioi thieu tro giup phap ly o dau", "referral")]
    [InlineData("hạn nộp báo cáo 6 tháng là khi nào", "reports")]
    [InlineData("bao cao nam gui truoc ngay nao", "reports")]
    [InlineData("tháng hành động cần chuẩn bị gì", "action-month")]
    [InlineData("thang hanh dong bat dau 15/11 a", "action-month")]
    public void A_question_finds_its_procedure(string question, string expected) =>
        Assert.Equal(expected, Matcher.Match(question)?.Id);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("xin chào")]
    [InlineData("thời tiết hôm nay thế nào")]
    [InlineData("báo")] // one syllable of a keyword is not enough
    public void A_question_about_nothing_here_finds_nothing(string question) =>
        Assert.Null(Matcher.Match(question));

    [Fact]
    public void A_question_that_fits_two_procedures_equally_is_not_guessed()
    {
        // "tin báo" (receiving a report) and "báo cáo" (reports) both score two points.
        Assert.Equal(Matcher.Rank("tin báo cáo").Take(2).Select(r => r.Score), [2, 2]);
        Assert.Null(Matcher.Match("tin báo cáo"));
    }

    [Fact]
    public void Every_shipped_keyword_finds_its_own_procedure_or_a_tie_never_another()
    {
        foreach (var procedure in Library.Procedures)
        {
            foreach (var keyword in procedure.Keywords)
            {
                var best = Matcher.Rank(keyword).FirstOrDefault();
                Assert.True(best.Procedure == procedure || Matcher.Rank(keyword).Any(r => r.Procedure == procedure && r.Score == best.Score),
                    $"keyword '{keyword}' of {procedure.Id} finds {best.Procedure?.Id} first");
            }
        }
    }
}

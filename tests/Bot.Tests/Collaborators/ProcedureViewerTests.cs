using HotlineBot.Channels.Sms;
using HotlineBot.Collaborators;
using HotlineBot.Content;
using HotlineBot.Referral.Gazetteer;

namespace HotlineBot.Tests.Collaborators;

/// <summary>How a procedure reads: one short step per message, the title on the first, the legal basis last.</summary>
public sealed class ProcedureViewerTests
{
    private const string Numbers = "113 (Công an) · 111 (Bảo vệ trẻ em, miễn phí) · 1800 1768 (Hỗ trợ phụ nữ, miễn phí 24/7)";

    private static readonly string Dialogs = Path.Combine(AppContext.BaseDirectory, "dialogs");
    private static readonly ProcedureLibrary Library = ProcedureLoader.Load(Dialogs, Gazetteer.Load(AppContext.BaseDirectory).Provinces.Select(p => p.Id));
    private static readonly ProcedureViewer Viewer = new(ContentLoader.Load(Dialogs).Messages);

    [Fact]
    public void The_first_step_carries_the_title_and_the_count_and_later_steps_only_their_number()
    {
        var procedure = Library.Find("no-contact-order")!;

        Assert.StartsWith("Đề nghị Chủ tịch UBND xã cấm tiếp xúc (9 bước). Bước 1/9: Cấm tiếp xúc là", Viewer.Step(procedure, 0, Library.Deadlines.Default, Numbers));
        Assert.StartsWith("Bước 5/9: Chủ tịch UBND xã phải xem xét trong 12 giờ", Viewer.Step(procedure, 4, Library.Deadlines.Default, Numbers));
        Assert.False(Viewer.IsLast(procedure, 7));
        Assert.True(Viewer.IsLast(procedure, 8));
    }

    [Fact]
    public void Placeholders_are_filled_with_the_provinces_calendar_and_the_configured_numbers()
    {
        Assert.Equal("Bước 1/6: Báo cáo 6 tháng: gửi trước ngày 15/6. Báo cáo năm: gửi trước ngày 15/12.",
            Viewer.Step(Library.Find("reports")!, 0, Library.Deadlines.For("lang-son"), Numbers)[("Báo cáo 6 tháng và báo cáo năm (6 bước). ".Length)..]);
        Assert.Contains("từ 15/11 đến 15/12 hằng năm", Viewer.Step(Library.Find("action-month")!, 0, Library.Deadlines.Default, Numbers));
        Assert.Contains("các số hỗ trợ: " + Numbers + ".", Viewer.Step(Library.Find("referral")!, 3, Library.Deadlines.Default, Numbers));
    }

    [Fact]
    public void The_legal_basis_names_each_article_with_its_law_and_a_plain_note()
    {
        Assert.Equal(
            "Căn cứ: Điều 36 Luật Phòng, chống bạo lực gia đình 2022 (địa chỉ tin cậy và trách nhiệm của UBND cấp xã); "
            + "Điều 2 Luật Phòng, chống bạo lực gia đình 2022 (nơi tạm lánh là nơi bảo đảm an toàn cho người bị bạo lực).",
            Viewer.LegalBasis(Library.Find("trusted-address")!));
    }

    [Fact]
    public void Every_step_of_every_shipped_procedure_fits_three_sms_segments_in_every_province_even_with_diacritics()
    {
        foreach (var (procedure, schedule) in Library.Procedures.SelectMany(p => Library.Deadlines.ByProvince.Values.Prepend(Library.Deadlines.Default).Select(s => (p, s))))
        {
            for (var i = 0; i < procedure.Steps.Count; i++)
            {
                var text = Viewer.Step(procedure, i, schedule, Numbers);
                Assert.True(SmsSegments.Count(text).Segments <= 3, $"{procedure.Id} step {i + 1}: {SmsSegments.Count(text).Segments} segments: {text}");
            }
        }
    }
}

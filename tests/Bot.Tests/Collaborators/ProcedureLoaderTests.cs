using HotlineBot.Collaborators;
using HotlineBot.Content;
using HotlineBot.Referral.Gazetteer;

namespace HotlineBot.Tests.Collaborators;

/// <summary>Staff edit dialogs/procedures/ without recompiling; a mistake must stop start-up and say file:line.</summary>
public sealed class ProcedureLoaderTests : IDisposable
{
    private readonly string _dialogs = Directory.CreateTempSubdirectory("hb-procedures-").FullName;

    private static string Shipped => Path.Combine(AppContext.BaseDirectory, "dialogs");

    private static IReadOnlyList<string> ProvinceIds { get; } = [.. Gazetteer.Load(AppContext.BaseDirectory).Provinces.Select(p => p.Id)];

    private string Folder => Path.Combine(_dialogs, ProcedureLoader.FolderName);

    [Fact]
    public void The_shipped_procedures_load_in_menu_order_with_their_legal_basis()
    {
        var library = ProcedureLoader.Load(Shipped, ProvinceIds);

        Assert.Equal(["receiving-report", "no-contact-order", "trusted-address", "child-victims", "referral", "reports", "action-month"],
            library.Procedures.Select(p => p.Id));
        Assert.Equal(["13/2022/QH15:25", "13/2022/QH15:26", "76/2023/NĐ-CP:14", "76/2023/NĐ-CP:18"],
            library.Find("no-contact-order")!.LegalBasis.Select(b => b.Ref));
        Assert.Equal("Điều 36 Luật Phòng, chống bạo lực gia đình 2022", library.Find("trusted-address")!.LegalBasis[0].Citation);
        Assert.All(library.Procedures.SelectMany(p => p.Steps), s => Assert.True(s.Length <= ProcedureLoader.MaxStepLength, s));
    }

    [Fact]
    public void The_shipped_deadlines_follow_the_seed_plans_and_fall_back_to_the_default()
    {
        var deadlines = ProcedureLoader.Load(Shipped, ProvinceIds).Deadlines;

        Assert.Equal(("15/6", "15/12"), (deadlines.For("lang-son").SixMonth.ToString(), deadlines.For("lang-son").Yearly.ToString()));
        Assert.Equal(("10/6", "10/12"), (deadlines.For("hai-phong").SixMonth.ToString(), deadlines.For("hai-phong").Yearly.ToString()));
        Assert.Equal(("10/6", "1/12"), (deadlines.For("bac-ninh").SixMonth.ToString(), deadlines.For("bac-ninh").Yearly.ToString()));
        Assert.Same(deadlines.Default, deadlines.For("ha-tinh"));
        Assert.Same(deadlines.Default, deadlines.For(null));
        Assert.Equal(("15/11", "15/12"), (deadlines.Default.ActionMonthStart.ToString(), deadlines.Default.ActionMonthEnd.ToString()));
        Assert.Equal("Kế hoạch bình đẳng giới năm 2022 của Sở LĐ-TB&XH Lạng Sơn", deadlines.For("lang-son").Source);
    }

    [Fact]
    public void A_step_too_long_or_of_three_sentences_and_an_unknown_placeholder_are_reported_with_their_lines()
    {
        CopyShipped();
        Write("receiving-report.yaml", Procedure("receiving-report", steps:
        [
            "Một. Hai. Ba.",
            new string('a', ProcedureLoader.MaxStepLength + 1),
            "Gọi {so_dien_thoai} ngay.",
        ]));

        var problems = Problems();

        Assert.Contains(problems, p => p.EndsWith("receiving-report.yaml:8: a step has 3 sentences; keep it to 2"));
        Assert.Contains(problems, p => p.Contains("receiving-report.yaml:9: a step has 201 characters"));
        Assert.Contains(problems, p => p.Contains("receiving-report.yaml:10: unknown placeholder {so_dien_thoai}"));
    }

    [Fact]
    public void A_malformed_ref_a_law_not_in_laws_yaml_and_a_basis_with_both_ref_and_document_are_refused()
    {
        CopyShipped();
        Write("referral.yaml", Procedure("referral", basis: """
              - ref: "Điều 25"
                note: sai dạng
                checked: test
              - ref: "99/2099/QH99:1"
                note: luật không có
                checked: test
              - ref: "13/2022/QH15:25"
                document: "Kế hoạch"
                note: cả hai
                checked: test
            """));

        var problems = Problems();

        Assert.Contains(problems, p => p.Contains("referral.yaml:10: ref 'Điều 25' must be \"law:article\""));
        Assert.Contains(problems, p => p.Contains("referral.yaml:13: law '99/2099/QH99' is not in laws.yaml"));
        Assert.Contains(problems, p => p.Contains("referral.yaml:16: a legal basis needs exactly one of 'ref'"));
    }

    [Fact]
    public void An_id_unlike_its_file_name_a_misspelt_key_and_a_missing_legal_basis_are_refused()
    {
        CopyShipped();
        Write("child-victims.yaml", Procedure("tre-em", basis: null).Replace("keywords:", "keyword:"));

        var problems = Problems();

        Assert.Contains(problems, p => p.Contains("child-victims.yaml:1: id 'tre-em' must be lower-case letters, digits and '-', and match the file name ('child-victims')"));
        Assert.Contains(problems, p => p.Contains("child-victims.yaml:5: unknown key 'keyword' in a procedure"));
        Assert.Contains(problems, p => p.Contains("child-victims.yaml:1: 'keywords' must be a list"));
        Assert.Contains(problems, p => p.Contains("child-victims.yaml:1: 'legal_basis' must be a non-empty list"));
    }

    [Fact]
    public void A_deadline_for_a_former_province_or_an_impossible_date_is_refused()
    {
        CopyShipped();
        Write(ProcedureLoader.DeadlinesFile, """
            default:
              six_month: "10/6"
              yearly: "10/12"
              action_month_start: "15/11"
              action_month_end: "15/12"
              receiver: "Sở"
              source: "test"
            provinces:
              - province: ha-giang
                source: "Hà Giang is part of Tuyên Quang since 2025"
              - province: lang-son
                six_month: "31/6"
                yearly: "29/2"
                source: "test"
            """);

        var problems = Problems();

        Assert.Contains(problems, p => p.EndsWith("report-deadlines.yaml:12: 'six_month' of province 'lang-son' must be a date day/month such as \"10/6\""));
        Assert.Contains(problems, p => p.Contains("report-deadlines.yaml:9: 'ha-giang' is not a province id"));
        Assert.Contains(problems, p => p.Contains("report-deadlines.yaml:13: 'yearly' of province 'lang-son' must be a date"));
    }

    [Fact]
    public void A_yaml_syntax_error_and_a_bad_law_number_name_their_file_and_line()
    {
        CopyShipped();
        Write("action-month.yaml", "id: action-month\nsteps: [unclosed\n");
        Write(ProcedureLoader.LawsFile, "13/2022/QH15: Luật Phòng, chống bạo lực gia đình 2022\nLuật 76: Nghị định\n");

        var problems = Problems();

        Assert.Contains(problems, p => p.Contains("action-month.yaml:2:") || p.Contains("action-month.yaml:3:"));
        Assert.Contains(problems, p => p.Contains("laws.yaml:2: 'Luật 76' is not an official number"));
    }

    [Fact]
    public void A_missing_procedures_folder_says_how_to_point_at_the_content()
    {
        var error = Assert.Throws<ContentException>(() => ProcedureLoader.Load(_dialogs, ProvinceIds));

        Assert.Contains("Hotline:ContentRoot", error.Message);
    }

    /// <summary>A valid procedure file, line by line: id (1), order, label, title, keywords (5–6), steps (7, the first step on 8), legal_basis.</summary>
    private static string Procedure(string id, string[]? steps = null, string? basis = "  - ref: \"13/2022/QH15:19\"\n    note: nơi nhận tin báo\n    checked: test\n")
    {
        var lines = new List<string>
        {
            $"id: {id}",
            "order: 1",
            "label: Thử",
            "title: Thủ tục thử",
            "keywords:",
            "  - thử nghiệm",
            "steps:",
        };
        lines.AddRange((steps ?? ["Bước một."]).Select(s => $"  - \"{s}\""));
        if (basis is not null)
        {
            lines.Add("legal_basis:");
            lines.Add(basis.TrimEnd('\n'));
        }
        return string.Join('\n', lines) + "\n";
    }

    private List<string> Problems() => [.. Assert.Throws<ContentException>(() => ProcedureLoader.Load(_dialogs, ProvinceIds)).Problems];

    private void CopyShipped()
    {
        Directory.CreateDirectory(Folder);
        foreach (var file in Directory.GetFiles(Path.Combine(Shipped, ProcedureLoader.FolderName)))
        {
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        }
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(Folder, name), text);

    public void Dispose() => Directory.Delete(_dialogs, recursive: true);
}

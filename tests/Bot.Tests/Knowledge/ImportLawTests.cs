using HotlineBot.Cli;
using HotlineBot.Knowledge;

namespace HotlineBot.Tests.Knowledge;

/// <summary>A deployer loads the official text they hold; problems are named by line and nothing half-done is written.</summary>
public sealed class ImportLawTests
{
    private static string Sample => Path.Combine(AppContext.BaseDirectory, "data", "import-law-sample.txt");

    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await new ImportLawVerb().RunAsync(args, new CliIo(new StringReader(""), output, error, AppContext.BaseDirectory));
        return (code, output.ToString(), error.ToString());
    }

    private static string Document(string body)
    {
        var file = Path.Combine(Path.GetTempPath(), $"hb-import-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "Luật số: 999/2099/QH99\nLUẬT\nTHỬ NGHIỆM\n" + body);
        return file;
    }

    [Fact]
    public void Is_registered() => Assert.IsType<ImportLawVerb>(CliVerbs.Find("import-law"));

    [Fact]
    public void The_sample_becomes_chapters_sections_articles_clauses_and_points()
    {
        var (law, problems) = LawImporter.Read(Sample);
        Assert.Empty(problems);
        var document = law!.Document;
        Assert.Equal("999/2099/QH99", document.Number);
        Assert.Equal("Luật Thử nghiệm nhập văn bản", document.Name);
        Assert.Equal(LawKind.Law, document.Kind);
        Assert.Equal(["Những quy định chung", "Các quy định cụ thể", "Điều khoản thi hành"], document.Chapters.Select(c => c.Title));
        Assert.Equal(["Nhập văn bản", "Kiểm tra sau khi nhập"], document.Chapters[1].Sections.Select(s => s.Title));
        Assert.Equal([1, 2, 3, 4, 5], document.Articles.Select(a => a.Number));
        var article3 = document.Articles[2];
        Assert.Equal(("Trách nhiệm của người nhập văn bản", "II", 1), (article3.Title, article3.Chapter, article3.Section!.Value));
        Assert.Equal(
            ["1: Người nhập văn bản có trách nhiệm sau đây:", "1a: Kiểm tra số hiệu văn bản;", "1b: Kiểm tra số thứ tự các điều, khoản và điểm;", "1c: Ghi lại mọi chỗ sai.", "2: Người nhập văn bản không được tự ý sửa nội dung."],
            article3.Points.Select(p => $"{p.Clause}{p.Point}: {p.Text}"));
        Assert.All(document.Articles, a => Assert.Equal((Verification.Unverified, ""), (a.Verification, a.Summary)));
    }

    [Fact]
    public async Task The_written_yaml_loads_back_as_the_same_document()
    {
        var root = KnowledgeFixture.WithFiles();
        var output = Path.Combine(root, "dialogs", "knowledge", "999-2099-QH99.yaml");
        var (code, _, error) = await RunAsync(Sample, "--out", output);
        Assert.Equal(0, code);
        Assert.Contains("3 chapters, 5 articles", error);
        var loaded = KnowledgeLoader.Load(root).Law("999/2099/QH99")!;
        var (imported, _) = LawImporter.Read(Sample);
        Assert.Equal(imported!.Document.Articles.Select(a => (a.Title, a.Chapter, a.Section, a.Points.Count)), loaded.Articles.Select(a => (a.Title, a.Chapter, a.Section, a.Points.Count)));
        Assert.Contains("  # Luật này quy định cách một văn bản mẫu được chia thành chương, mục, điều, khoản và điểm.", File.ReadAllText(output));
    }

    [Fact]
    public async Task Problems_are_named_by_line_and_nothing_is_written()
    {
        var file = Document("""
            Chương I
            CHUNG
            Điều 1. Một
            a) Điểm trước mọi khoản.
            1. Khoản một.
            3. Khoản ba.
            Điều 3. Ba
            1. Khoản một.
            a) Điểm a.
            c) Điểm c.
            Điều 3. Ba lần nữa
            Nội dung.
            Chương III
            CUỐI
            Điều 4.
            Nội dung.
            Điều 5. Trống
            """);
        var output = file + ".yaml";
        var (code, _, error) = await RunAsync(file, "--out", output);
        Assert.Equal(1, code);
        Assert.False(File.Exists(output));
        Assert.Equal(
        [
            $"{file}:7: point a) in article 1 is outside any clause (no \"1.\" before it)",
            $"{file}:9: clause 3. in article 1 where 2. was expected (gap or repeat in numbering)",
            $"{file}:10: article 3 follows article 1 (gap in numbering)",
            $"{file}:13: point c) in clause 1 of article 3 where b) was expected (gap or repeat in lettering)",
            $"{file}:14: article 3 appears twice (first at line 10)",
            $"{file}:16: chapter III follows chapter I (expected II: gap in numbering)",
            $"{file}:18: article 4 has no title (\"Điều 4. Title\")",
            $"{file}:20: article 5 has no text",
            "import-law: 8 problems; nothing was written",
        ], error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void A_document_without_a_number_is_refused_unless_one_is_given()
    {
        var file = Path.Combine(Path.GetTempPath(), $"hb-import-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "NGHỊ ĐỊNH\nQUY ĐỊNH THỬ\nĐiều 1. Phạm vi\nNội dung.\n");
        Assert.Contains(LawImporter.Read(file).Problems, p => p.Line == 1 && p.Problem.StartsWith("no document number", StringComparison.Ordinal));
        var (law, problems) = LawImporter.Read(file, number: "999/2099/NĐ-CP");
        Assert.Empty(problems);
        Assert.Equal((LawKind.Decree, "Nghị định quy định thử"), (law!.Document.Kind, law.Document.Name));
    }

    [Fact]
    public void A_relative_path_typed_at_the_repository_root_is_found_from_the_project_folder() =>
        Assert.True(File.Exists(CliPaths.Input(Path.Combine("tests", "data", "import-law-sample.txt"))));

    [Fact]
    public async Task Help_describes_the_layout()
    {
        Assert.Contains("Chương I", new ImportLawVerb().Usage);
        Assert.Equal(2, (await RunAsync()).Code);
    }
}

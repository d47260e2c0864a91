using HotlineBot.Knowledge;

namespace HotlineBot.Tests.Knowledge;

/// <summary>A broken knowledge file stops start-up with a message that names the file and line of each problem.</summary>
public sealed class KnowledgeLoaderTests
{
    private const string Law = """
        law:
          number: 73/2006/QH11
          name: Luật Bình đẳng giới
          kind: law
          status: in-force
        articles:
          - article: 13
            title: Bình đẳng giới trong lĩnh vực lao động
            verified: checked
            verified_how: test
            summary: Nam và nữ được đối xử ngang nhau khi tuyển dụng.
        """;

    private const string Decree = """
        law:
          number: 125/2021/NĐ-CP
          name: Nghị định xử phạt về bình đẳng giới
          kind: decree
        articles:
          - article: 8
            title: Vi phạm trong lĩnh vực lao động
            verified: checked
            verified_how: test
            summary: Phạt tiền khi phân biệt đối xử về giới trong tuyển dụng.
            fines:
              - act: Từ chối tuyển dụng vì giới tính
                min: 15000000
                max: 10000000
                applies_to: individual
              - act: Đặt quy chế phân biệt đối xử
                min: 20000000
                max: 30000000
        """;

    private static IReadOnlyList<string> ProblemsOf(params (string Name, string Yaml)[] files)
    {
        var root = KnowledgeFixture.WithFiles(files);
        var e = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(root));
        return e.Problems.Select(p => p.Replace(Path.Combine(root, "dialogs", "knowledge") + Path.DirectorySeparatorChar, "")).ToList();
    }

    [Fact]
    public void The_fixture_loads_with_every_level_and_the_faq()
    {
        var knowledge = KnowledgeLoader.Load(KnowledgeFixture.ContentRoot);
        Assert.Equal(3, knowledge.Laws.Count);
        Assert.Equal(Verification.TitleOnly, knowledge.Article(new ArticleRef("73/2006/QH11", 30))!.Verification);
        Assert.Equal(2, knowledge.Faq.Count);
        Assert.Equal(new ArticleRef("125/2021/NĐ-CP", 8), knowledge.Faq[0].Refs[1]);
        Assert.Equal(FineAppliesTo.Individual, knowledge.Article(new ArticleRef("125/2021/ND-CP", 8))!.Fines[0].AppliesTo);
    }

    [Fact]
    public void The_real_knowledge_base_loads() =>
        Assert.NotNull(KnowledgeLoader.Load(AppContext.BaseDirectory));

    [Fact]
    public void A_fine_with_min_above_max_or_without_applies_to_is_named_by_line() =>
        Assert.Equal(
        [
            "125-2021-ND-CP.yaml:12: fine 'Từ chối tuyển dụng vì giới tính': min 15000000 is more than max 10000000",
            "125-2021-ND-CP.yaml:16: field 'applies_to' is missing",
        ], ProblemsOf(("125-2021-ND-CP.yaml", Decree)));

    [Fact]
    public void A_reference_to_an_article_that_does_not_exist_is_named_by_line()
    {
        var faq = """
            - id: tuyen-dung
              questions: [công ty chỉ tuyển nam]
              refs: ["73/2006/QH11:13", "73/2006/QH11:99", "13/2022/QH15:3"]
              answer: Theo Điều 13 Luật Bình đẳng giới, nam nữ bình đẳng khi tuyển dụng.
            """;
        var problems = ProblemsOf(("73-2006-QH11.yaml", Law), ("faq.yaml", faq));
        Assert.Equal(2, problems.Count);
        Assert.Equal("faq.yaml:3: reference '73/2006/QH11:99': 73/2006/QH11 has no article 99 in the knowledge base", problems[0]);
        Assert.StartsWith("faq.yaml:3: reference '13/2022/QH15:3' names no document of the knowledge base", problems[1]);
    }

    [Fact]
    public void An_sms_form_longer_than_three_segments_is_refused()
    {
        var longSms = string.Join(" ", Enumerable.Repeat("Theo Điều 13 Luật Bình đẳng giới, nam nữ bình đẳng.", 6));
        var faq = $"""
            - id: dai
              questions: [câu hỏi]
              refs: ["73/2006/QH11:13"]
              answer: Câu trả lời.
              sms: {longSms}
            """;
        var problem = Assert.Single(ProblemsOf(("73-2006-QH11.yaml", Law), ("faq.yaml", faq)));
        Assert.StartsWith("faq.yaml:5: FAQ 'dai': the sms form takes 5 SMS segments; at most 3", problem);
    }

    [Fact]
    public void A_bad_verification_level_an_unknown_field_and_a_checked_article_without_summary_are_refused()
    {
        var yaml = """
            law:
              number: 73/2006/QH11
              name: Luật Bình đẳng giới
              kind: law
            articles:
              - article: 1
                title: Phạm vi điều chỉnh
                verified: yes
              - article: 2
                title: Đối tượng áp dụng
                verified: checked
                verified_how: test
                sumary: typo
            """;
        Assert.Equal(
        [
            "73-2006-QH11.yaml:8: 'verified: yes' must be one of checked, partial, title-only, unverified",
            "73-2006-QH11.yaml:13: unknown field 'sumary' (expected one of: article, title, chapter, section, verified, verified_how, summary, points, keywords, synonyms, related, fines, status, effective, note)",
            "73-2006-QH11.yaml:9: a checked article needs a summary (our own plain-language words)",
        ], ProblemsOf(("73-2006-QH11.yaml", yaml)));
    }

    [Fact]
    public void A_repeated_article_a_file_named_after_another_number_and_broken_yaml_are_refused()
    {
        var repeated = Law + "\n" + """
              - article: 13
                title: Lặp lại
                verified: unverified
            """;
        var problems = ProblemsOf(("73-2006-QH11.yaml", repeated), ("13-2022-QH15.yaml", Law.Replace("73-2006", "x")), ("faq.yaml", "- id: [unclosed\n"));
        Assert.Contains("73-2006-QH11.yaml:12: article 13 is described twice", problems);
        Assert.Contains("13-2022-QH15.yaml:2: document 73/2006/QH11 must be in a file named 73-2006-QH11.yaml", problems);
        Assert.Contains(problems, p => p.StartsWith("faq.yaml:2:", StringComparison.Ordinal) || p.StartsWith("faq.yaml:1:", StringComparison.Ordinal));
    }

    [Fact]
    public void Synonym_groups_need_two_phrases_and_a_phrase_belongs_to_one_group() =>
        Assert.Equal(
        [
            "synonyms.yaml:1: a synonym group is a list of at least two non-empty phrases",
            "synonyms.yaml:3: 'sa thai' is already in the group at line 2",
        ], ProblemsOf(("synonyms.yaml", "- [một mình]\n- [đuổi việc, sa thải]\n- [sa thai, cho nghỉ việc]\n")));

    [Fact]
    public void The_real_synonyms_file_is_valid()
    {
        var root = KnowledgeFixture.WithFiles(("synonyms.yaml", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "dialogs", "knowledge", "synonyms.yaml"))));
        Assert.True(KnowledgeLoader.Load(root).Synonyms.Groups.Count >= 30);
    }
}

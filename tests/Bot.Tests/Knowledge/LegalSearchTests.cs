using HotlineBot.Knowledge;

namespace HotlineBot.Tests.Knowledge;

/// <summary>Questions as people type them find the right article first, with or without diacritics and shorthand.</summary>
public sealed class LegalSearchTests
{
    private static string First(string question) => KnowledgeFixture.Search.Search(question).Best?.Article.Ref.ToString() ?? "nothing";

    [Theory]
    [InlineData("công ty chỉ tuyển nam có vi phạm luật không", "73/2006/QH11:13")]
    [InlineData("cty chi tuyen nam co sai luat ko", "73/2006/QH11:13")]
    [InlineData("nữ được trả lương thấp hơn nam có đúng không", "73/2006/QH11:13")]
    [InlineData("xin lệnh cấm tiếp xúc ở đâu", "13/2022/QH15:25")]
    [InlineData("lam sao de chong khong duoc lai gan toi", "13/2022/QH15:25")]
    [InlineData("ck đánh vk có phải bạo lực gia đình ko", "13/2022/QH15:3")]
    [InlineData("phát hiện bạo lực gia đình thì báo tin cho ai", "13/2022/QH15:19")]
    [InlineData("quy chế công ty phân biệt đối xử về giới bị phạt thế nào", "125/2021/NĐ-CP:8")]
    [InlineData("hội phụ nữ có trách nhiệm gì về bình đẳng giới", "73/2006/QH11:30")]
    public void The_right_article_comes_first(string question, string expected) =>
        Assert.Equal(expected, First(question));

    [Fact]
    public void Synonyms_link_words_the_knowledge_base_does_not_use()
    {
        // The fixture's article 25 says "cấm tiếp xúc"; synonyms.yaml says "không được lại gần" means the same.
        var plain = LegalSearch.Build(KnowledgeBase(withSynonyms: false), KnowledgeFixture.Tokeniser);
        var withSynonyms = LegalSearch.Build(KnowledgeBase(withSynonyms: true), KnowledgeFixture.Tokeniser);
        const string Question = "chồng không được lại gần tôi nữa";
        Assert.NotEqual(25, plain.Search(Question).Best?.Article.Number);
        Assert.Equal(25, withSynonyms.Search(Question).Best!.Article.Number);
    }

    [Fact]
    public void Shorthand_is_expanded_before_searching() =>
        Assert.Equal(
            KnowledgeFixture.Search.Search("chồng đánh vợ có phải bạo lực gia đình không").Hits.Select(h => h.Article.Ref),
            KnowledgeFixture.Search.Search("ck đánh vk có phải bạo lực gia đình ko").Hits.Select(h => h.Article.Ref));

    [Theory]
    [InlineData("thời tiết hôm nay thế nào")]
    [InlineData("cách nấu phở bò ngon")]
    [InlineData("")]
    public void A_question_the_knowledge_base_does_not_cover_is_not_sure(string question) =>
        Assert.False(KnowledgeFixture.Search.Search(question).Sure);

    [Fact]
    public void A_clear_question_is_sure_and_ranks_at_most_top_articles()
    {
        var result = KnowledgeFixture.Search.Search("cty chi tuyen nam co sai luat ko", top: 2);
        Assert.True(result.Sure);
        Assert.Equal(2, result.Hits.Count);
        Assert.True(result.Hits[0].Score > result.Hits[1].Score);
        Assert.Equal("tuyen-dung-chi-nam", result.Faq?.Id);
    }

    [Fact]
    public void The_index_is_built_fast_and_answers_fast()
    {
        Assert.True(KnowledgeFixture.Search.BuildTime < TimeSpan.FromMilliseconds(500));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 200; i++)
        {
            KnowledgeFixture.Search.Search("công ty chỉ tuyển nam có vi phạm luật không");
        }
        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(400), $"200 searches took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void A_replaced_document_is_never_found()
    {
        var decree = File.ReadAllText(Path.Combine(KnowledgeFixture.Folder, "dialogs", "knowledge", "125-2021-ND-CP.yaml"))
            .Replace("status: in-force", "status: replaced\n  replaced_by: 999/2099/NĐ-CP", StringComparison.Ordinal);
        var search = LegalSearch.Build(KnowledgeLoader.Load(KnowledgeFixture.WithFiles(("125-2021-ND-CP.yaml", decree))), KnowledgeFixture.Tokeniser);
        Assert.Empty(search.Search("quy chế công ty phân biệt đối xử về giới bị phạt thế nào").Hits);
        Assert.Equal(0, search.ArticleCount);
    }

    private static KnowledgeBase KnowledgeBase(bool withSynonyms)
    {
        var source = Path.Combine(KnowledgeFixture.Folder, "dialogs", "knowledge");
        var files = Directory.GetFiles(source, "*.yaml")
            .Where(f => withSynonyms || Path.GetFileName(f) != "synonyms.yaml")
            .Where(f => !Path.GetFileName(f).StartsWith("faq", StringComparison.Ordinal))
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))
            .ToArray();
        return KnowledgeLoader.Load(KnowledgeFixture.WithFiles(files));
    }
}

using HotlineBot.Knowledge;
using HotlineBot.Language;

namespace HotlineBot.Tests.Knowledge;

/// <summary>
/// A question about divorce, inheritance, land or debts is not "answered" from whichever article shares its words:
/// the bot says the topic is outside what it answers, names the law that covers it and where to ask.
/// </summary>
public sealed class OutOfScopeTests
{
    private static readonly Lazy<LegalSearch> RealSearch = new(() =>
        LegalSearch.Build(KnowledgeLoader.Load(AppContext.BaseDirectory), new Tokeniser(Abbreviations.Load(AppContext.BaseDirectory))));

    private static LegalAnswerComposer Composer => new(RealSearch.Value, KnowledgeFixture.Messages);

    [Theory]
    [InlineData("ly hon thi ai nuoi con", "Luật Hôn nhân và gia đình 2014")]
    [InlineData("chồng đòi chia tài sản khi ly hôn thì sao", "Luật Hôn nhân và gia đình 2014")]
    [InlineData("bố mất ko để lại di chúc thì chia thừa kế thế nào", "Bộ luật Dân sự 2015")]
    [InlineData("tranh chap dat dai voi nha ck", "Luật Đất đai 2024")]
    [InlineData("vay tien khong tra bi xu ly the nao", "Bộ luật Dân sự 2015")]
    public void A_question_the_laws_do_not_cover_is_told_so_and_where_to_ask(string question, string law)
    {
        var answer = Composer.Answer(question);

        Assert.Equal(LegalAnswerKind.OutOfScope, answer.Kind);
        Assert.Contains(law, answer.Text);
        Assert.Contains("Trợ giúp pháp lý", answer.Text);
        Assert.DoesNotContain("theo Điều", answer.Text);
        Assert.Null(answer.Article); // nothing to "Xem thêm"
    }

    [Fact]
    public void A_custody_question_names_the_child_support_fine_only_as_possibly_related()
    {
        var answer = Composer.Answer("ly hôn thì ai được nuôi con");

        Assert.Contains("có thể liên quan", answer.Text);
        Assert.Contains("Điều 43 Nghị định 282/2025/NĐ-CP", answer.Text);
    }

    [Theory]
    [InlineData("vợ chồng có quyền ngang nhau với tài sản chung không")]
    [InlineData("dang kien ly hon muon xin lenh cam ck den gan thi lam don gui toa dc ko")]
    [InlineData("bo con khong gui tien cap duong sau ly hon phat bao nhieu")]
    [InlineData("phu nu co duoc tiep can von vay ngang nam gioi ko")]
    public void Questions_that_only_sound_alike_are_still_answered(string question) =>
        Assert.NotEqual(LegalAnswerKind.OutOfScope, Composer.Answer(question).Kind);

    [Fact]
    public void Every_question_of_the_eval_set_is_in_scope()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data"), "legal_questions*.tsv");
        var flagged = LegalQuestionSet.Load(files).Where(q => RealSearch.Value.OutOfScopeTopicOf(q.Question) is not null).Select(q => q.Question).ToList();
        Assert.True(flagged.Count == 0, "answerable questions taken for out of scope: " + string.Join(" | ", flagged));
    }

    [Fact]
    public void No_faq_question_is_out_of_scope_since_the_scope_list_wins()
    {
        var flagged = RealSearch.Value.Knowledge.Faq.SelectMany(f => f.Questions).Where(q => RealSearch.Value.OutOfScopeTopicOf(q) is not null).ToList();
        Assert.True(flagged.Count == 0, "FAQ questions the out-of-scope list would take: " + string.Join(" | ", flagged));
    }

    [Fact]
    public void A_topic_without_phrases_is_named_by_line()
    {
        var root = KnowledgeFixture.WithFiles((OutOfScopeTopic.FileName, "- topic: đất đai\n  law: Luật Đất đai 2024\n  phrases: []\n"));
        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(root));
        Assert.Contains("out-of-scope.yaml:1: an out-of-scope topic needs a topic, the law that covers it and a non-empty list of phrases", error.Message);
    }
}

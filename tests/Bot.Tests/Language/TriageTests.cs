using Xunit;
using HotlineBot.Language;
using Xunit.Abstractions;

namespace HotlineBot.Tests.Language;

public class TriageTests(ITestOutputHelper output)
{
    private static Triage Triage => LanguageData.Triage;

    [Fact]
    public void Meets_the_targets_on_the_labelled_set()
    {
        var examples = LabelledCorpus.Load(LanguageData.TestData("triage.tsv"));
        Assert.True(examples.Count >= 400, $"only {examples.Count} examples");
        var eval = TriageEvaluation.Run(Triage, examples);
        output.WriteLine(eval.Report());
        Assert.Equal(1.0, eval.EmergencyRecall);
        Assert.True(eval.FalseEmergencyRate <= 0.05, $"false emergencies {eval.FalseEmergencyRate:P1}");
        Assert.True(eval.Accuracy >= 0.90, $"accuracy {eval.Accuracy:P1}");
    }

    [Fact]
    public void Never_misses_an_emergency_in_the_holdout_set()
    {
        var eval = TriageEvaluation.Run(Triage, LabelledCorpus.Load(LanguageData.TestData("triage-holdout.tsv")));
        output.WriteLine(eval.Report());
        Assert.Equal(1.0, eval.EmergencyRecall);
        Assert.True(eval.FalseEmergencyRate <= 0.05, $"false emergencies {eval.FalseEmergencyRate:P1}");
        Assert.True(eval.Accuracy >= 0.85, $"accuracy {eval.Accuracy:P1}");
    }

    [Fact]
    public void The_labelled_set_is_mostly_without_diacritics_or_shorthand()
    {
        var examples = LabelledCorpus.Load(LanguageData.TestData("triage.tsv"));
        var plain = examples.Count(e => e.Text.All(c => c < 128));
        Assert.True(plain >= examples.Count * 0.4, $"{plain}/{examples.Count}");
        Assert.All(Enum.GetValues<Intent>(), i => Assert.True(examples.Count(e => e.Label == i) >= 30, i.ToString()));
    }

    [Theory]
    [InlineData("cuu toi voi ck dang danh e")]
    [InlineData("chồng em đang đánh em")]
    [InlineData("ck cam dao doa giet e")]
    [InlineData("em không muốn sống nữa")]
    [InlineData("CỨUUUU")]
    [InlineData("nó đang bóp cổ em")]
    [InlineData("e dang tron trong nha ve sinh")]
    public void Emergencies_are_high_risk_and_say_why(string message)
    {
        var r = Triage.Classify(message);
        Assert.Equal(Intent.Emergency, r.Intent);
        Assert.Equal(RiskLevel.High, r.Risk);
        Assert.Contains(r.Cues, c => c.StartsWith("rule:emergency:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("chồng tôi đánh răng")]
    [InlineData("ck e dang danh rang")]
    [InlineData("tối nay đánh cầu lông nhé")]
    [InlineData("giết thời gian thế nào")]
    [InlineData("phim bạo lực")]
    [InlineData("đánh giá sản phẩm")]
    [InlineData("mệt muốn chết")]
    [InlineData("dạo này em bận")]
    public void False_friends_are_not_emergencies(string message)
    {
        var r = Triage.Classify(message);
        Assert.NotEqual(Intent.Emergency, r.Intent);
        Assert.Contains(r.Cues, c => c.StartsWith("falsefriend:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("em không bị đánh nữa")]
    [InlineData("giờ ck k danh e nua")]
    [InlineData("chồng chưa bao giờ đánh em")]
    public void Negated_violence_is_not_an_emergency(string message)
    {
        var r = Triage.Classify(message);
        Assert.NotEqual(Intent.Emergency, r.Intent);
        Assert.Contains(r.Cues, c => c.StartsWith("negated:violence", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("chồng đang đánh em", Intent.Emergency)]
    [InlineData("chồng vừa xong đánh em", Intent.Emergency)]
    [InlineData("ngay bây giờ nó đánh em", Intent.Emergency)]
    [InlineData("năm ngoái chồng đánh em", Intent.Disclosure)]
    [InlineData("chồng đánh vợ bị phạt bao nhiêu", Intent.Legal)]
    public void Tense_and_urgency_decide(string message, Intent expected) =>
        Assert.Equal(expected, Triage.Classify(message).Intent);

    [Fact]
    public void Disclosure_with_strangling_in_the_past_is_high_risk()
    {
        var r = Triage.Classify("năm ngoái chồng bóp cổ em");
        Assert.Equal(Intent.Disclosure, r.Intent);
        Assert.Equal(RiskLevel.High, r.Risk);
    }

    [Fact]
    public void Is_thread_safe()
    {
        var messages = LabelledCorpus.Load(LanguageData.TestData("triage.tsv")).Select(e => e.Text).ToArray();
        var expected = messages.Select(m => Triage.Classify(m).Intent).ToArray();
        var actual = new Intent[messages.Length];
        Parallel.For(0, messages.Length * 4, i => actual[i % messages.Length] = Triage.Classify(messages[i % messages.Length]).Intent);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Entities_come_with_the_triage()
    {
        var r = Triage.Classify("ck dang cam dao o nha e o Hai Duong, sdt 0912345678, con e 5 tuoi");
        Assert.Contains(r.Entities, e => e.Kind == EntityKinds.Relation && e.Value == "chồng");
        Assert.Contains(r.Entities, e => e.Kind == EntityKinds.Weapon && e.Value == "dao");
        Assert.Contains(r.Entities, e => e.Kind == EntityKinds.Place && e.Value == "hai-phong");
        Assert.Contains(r.Entities, e => e.Kind == EntityKinds.Phone && e.Value == "0912345678");
        Assert.Contains(r.Entities, e => e.Kind == EntityKinds.Age && e.Value == "5");
    }
}

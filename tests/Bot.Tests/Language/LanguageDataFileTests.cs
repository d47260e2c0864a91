using Xunit;
using HotlineBot.Language;

namespace HotlineBot.Tests.Language;

public class LanguageDataFileTests
{
    [Fact]
    public void Shipped_data_loads() => Assert.True(LanguageData.Triage.ModelFeatures > 1000);

    [Fact]
    public void Duplicate_shorthand_reports_its_line()
    {
        var e = Assert.Throws<LanguageDataException>(() =>
            Abbreviations.Parse("a.yaml", new StringReader("không: [ko, k]\nkhông nữa: [ko]\n")));
        Assert.Equal(2, e.Line);
        Assert.StartsWith("a.yaml:2:", e.Message);
    }

    [Fact]
    public void Broken_yaml_reports_its_line()
    {
        var e = Assert.Throws<LanguageDataException>(() =>
            Lexicon.Parse("l.yaml", new StringReader("weapon:\n  dao: [dao\n  búa: ]]\n")));
        Assert.Equal("l.yaml", e.File);
        Assert.InRange(e.Line, 2, 4);
    }

    [Fact]
    public void A_lexicon_without_the_values_the_rules_read_is_refused()
    {
        var lexicon = Lexicon.Parse("l.yaml", new StringReader("weapon:\n  dao: [dao]\n"));
        var e = Assert.Throws<LanguageDataException>(() => Triage.CheckLexicon("l.yaml", lexicon));
        Assert.Contains("help:cứu", e.Message);
        Triage.CheckLexicon("lexicon.yaml", Lexicon.Load(LanguageData.ContentRoot));
    }

    [Fact]
    public void Category_must_be_a_mapping()
    {
        var e = Assert.Throws<LanguageDataException>(() => Lexicon.Parse("l.yaml", new StringReader("weapon: [dao]\n")));
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void Bad_corpus_label_reports_its_line()
    {
        var e = Assert.Throws<LanguageDataException>(() =>
            LabelledCorpus.Read("t.tsv", new StringReader("# c\nemergency\tcứu\nurgent\tcứu\n")));
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void The_evaluation_sets_are_not_in_the_training_corpus()
    {
        var training = LabelledCorpus.Load(Path.Combine(LanguageData.ContentRoot, LabelledCorpus.TrainingFile))
            .Select(e => Normaliser.Normalise(e.Text)).ToHashSet();
        var overlap = LabelledCorpus.Load(LanguageData.TestData("triage.tsv"))
            .Concat(LabelledCorpus.Load(LanguageData.TestData("triage-holdout.tsv")))
            .Where(e => training.Contains(Normaliser.Normalise(e.Text))).Select(e => e.Text).ToList();
        Assert.Empty(overlap);
    }
}

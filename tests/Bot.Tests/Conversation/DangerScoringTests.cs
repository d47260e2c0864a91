using HotlineBot.Content;
using HotlineBot.Conversation;
using HotlineBot.Language;
using HotlineBot.State;

namespace HotlineBot.Tests.Conversation;

/// <summary>Scoring of the danger assessment, on the shipped questionnaire and on a small one written here.</summary>
public sealed class DangerScoringTests
{
    private static readonly DangerQuestionnaire Shipped = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "dialogs")).DangerAssessment;

    /// <summary>Question ids answered yes (the rest: no) → score, level, first reason.</summary>
    [Theory]
    [InlineData("", 0, RiskLevel.None, null)]
    [InlineData("substance", 1, RiskLevel.Low, "da:substance")]
    [InlineData("jealousy_control", 2, RiskLevel.Low, "da:jealousy_control")]
    [InlineData("children", 2, RiskLevel.Low, "da:children")]
    [InlineData("escalation", 3, RiskLevel.Medium, "da:escalation")]
    [InlineData("jealousy_control separation", 4, RiskLevel.Medium, "da:jealousy_control")]
    [InlineData("separation pregnancy suicide_threat", 6, RiskLevel.Medium, "da:separation")]
    [InlineData("escalation jealousy_control separation", 7, RiskLevel.High, "da:escalation")]
    [InlineData("strangling", 4, RiskLevel.High, "da:strangling")]
    [InlineData("weapon", 4, RiskLevel.High, "da:weapon")]
    [InlineData("threat_to_kill", 4, RiskLevel.High, "da:threat_to_kill")]
    [InlineData("substance strangling", 5, RiskLevel.High, "da:strangling")]
    public void Yes_answers_give_a_weighted_score_and_a_level(string yes, int score, RiskLevel level, string? firstReason)
    {
        var yesIds = yes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var answers = Shipped.Questions.Select(q => new DangerItemAnswer(q.Id, yesIds.Contains(q.Id) ? DangerAnswer.Yes : DangerAnswer.No)).ToList();

        var result = DangerScoring.Score(Shipped, answers, completed: true);

        Assert.Equal((score, level), (result.Score, result.Level));
        Assert.Equal(firstReason, result.Reasons.FirstOrDefault());
        Assert.Equal(yesIds.Length, result.Reasons.Count);
        Assert.Equal(answers, result.Answers);
    }

    [Fact]
    public void The_shipped_questionnaire_marks_strangling_weapon_and_threats_to_kill_critical_and_nothing_else()
    {
        Assert.Equal(["weapon", "threat_to_kill", "strangling"], Shipped.Questions.Where(q => q.Critical).Select(q => q.Id));
        Assert.InRange(Shipped.Questions.Count, 8, 10);
        Assert.All(Shipped.Questions, q => Assert.EndsWith("?", q.Text));
    }

    private static readonly DangerQuestionnaire Small = new(
        [new("a", "A?", 1, false), new("b", "B?", 2, false), new("c", "C?", 5, true)], LowFrom: 2, MediumFrom: 3, HighFrom: 6);

    [Theory]
    [InlineData(0, false, RiskLevel.None)]
    [InlineData(1, false, RiskLevel.None)] // below the low threshold
    [InlineData(2, false, RiskLevel.Low)]
    [InlineData(3, false, RiskLevel.Medium)]
    [InlineData(5, false, RiskLevel.Medium)]
    [InlineData(6, false, RiskLevel.High)]
    [InlineData(0, true, RiskLevel.High)]
    public void Thresholds_come_from_the_questionnaire_and_a_critical_yes_is_always_high(int score, bool critical, RiskLevel level) =>
        Assert.Equal(level, DangerScoring.LevelFor(Small, score, critical));

    [Fact]
    public void Skips_add_nothing_and_unknown_items_are_ignored()
    {
        DangerItemAnswer[] answers = [new("a", DangerAnswer.Skipped), new("c", DangerAnswer.Skipped), new("b", DangerAnswer.Yes), new("gone", DangerAnswer.Yes)];

        var result = DangerScoring.Score(Small, answers, completed: false);

        Assert.Equal((2, RiskLevel.Low, false, false), (result.Score, result.Level, result.CriticalYes, result.Completed));
        Assert.Equal(["da:b"], result.Reasons);
    }

    [Fact]
    public void Nothing_answered_is_none()
    {
        var result = DangerScoring.Score(Small, [], completed: false);

        Assert.Equal((0, RiskLevel.None), (result.Score, result.Level));
        Assert.Empty(result.Reasons);
    }
}

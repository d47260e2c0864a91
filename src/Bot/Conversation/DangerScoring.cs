using HotlineBot.Content;
using HotlineBot.Language;
using HotlineBot.State;

namespace HotlineBot.Conversation;

/// <summary>
/// Turns danger-assessment answers into a risk level with reasons. Each yes adds its question's weight; the level is
/// read from the questionnaire's thresholds (0 → none, then low, medium, high). A yes to a critical question
/// (strangling, a weapon, threats to kill) is high on its own: in the Danger Assessment research these are among
/// the strongest signs of lethal or near-lethal violence, so no amount of "no" elsewhere may lower them.
/// Escalation weighs next most; the other items (separation, jealousy and control, children, pregnancy, suicide
/// threats, alcohol and drugs) add up. The weights themselves live, explained, in dialogs/danger-assessment.yaml.
/// Skipped questions add nothing: a skip is not a no, but it is not a yes either (stored as such for the operator).
/// </summary>
public static class DangerScoring
{
    public const string ReasonPrefix = "da:";

    /// <summary>The result for <paramref name="answers"/>; reasons are heaviest first, ties in the order asked (a stable sort).</summary>
    public static DangerAssessmentResult Score(DangerQuestionnaire questionnaire, IReadOnlyList<DangerItemAnswer> answers, bool completed)
    {
        var yes = answers
            .Where(a => a.Answer == DangerAnswer.Yes)
            .Select(a => questionnaire.Find(a.Item))
            .OfType<DangerQuestion>()
            .ToList();
        var score = yes.Sum(q => q.Weight);
        var critical = yes.Any(q => q.Critical);
        return new DangerAssessmentResult
        {
            Answers = [.. answers],
            Score = score,
            Level = LevelFor(questionnaire, score, critical),
            Reasons = [.. yes.OrderByDescending(q => q.Weight).Select(q => ReasonPrefix + q.Id)],
            Completed = completed,
            CriticalYes = critical,
        };
    }

    public static RiskLevel LevelFor(DangerQuestionnaire questionnaire, int score, bool criticalYes) =>
        criticalYes || score >= questionnaire.HighFrom ? RiskLevel.High
        : score >= questionnaire.MediumFrom ? RiskLevel.Medium
        : score >= questionnaire.LowFrom ? RiskLevel.Low
        : RiskLevel.None;
}

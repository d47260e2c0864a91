using HotlineBot.Content;
using HotlineBot.Dialogs;
using HotlineBot.Language;
using HotlineBot.Safety;
using HotlineBot.State;
using HotlineBot.Turns;

namespace HotlineBot.Conversation;

/// <summary>
/// A short danger assessment modelled on the Danger Assessment (as used by myPlan): the questions of
/// dialogs/danger-assessment.yaml, one per message, each answered yes / no / skip. "thôi" or "dừng lại" ends the
/// questions early (the flow underneath carries on); a cancel word ends everything. The answers become a
/// <see cref="DangerAssessmentResult"/> in the conversation and raise its risk (<see cref="DangerScoring"/>); a high
/// result ends with the emergency numbers and safety advice, any other with a supportive closing line.
/// State between turns: <see cref="DialogInstance.Step"/> is the question being asked, <see cref="DialogInstance.Values"/>
/// holds the answers by question id. Cancelled half-way, the answers given so far are still recorded, silently.
/// </summary>
public sealed class DangerAssessmentDialog(HotlineContent content, EmergencyNumbersText numbers) : Dialog(DialogIds.DangerAssessment)
{
    private const string Yes = "yes";
    private const string No = "no";
    private const string Skipped = "skipped";

    private DangerQuestionnaire Questionnaire => content.DangerAssessment;

    /// <summary>The prompt every question uses, with the answer labels from dialogs/messages.</summary>
    public YesNoSkipPrompt BuildPrompt() => new(
        DialogIds.DangerAnswer,
        content.Messages.Render(MessageIds.DangerAnswerYes),
        content.Messages.Render(MessageIds.DangerAnswerNo),
        content.Messages.Render(MessageIds.DangerAnswerSkip));

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, PromptOptions? options = null, CancellationToken cancellationToken = default)
    {
        await dc.Context.SendAsync(content.Messages.Render(MessageIds.DangerIntro), cancellationToken);
        return await AskAsync(dc, cancellationToken);
    }

    /// <summary>Only reached if the question's prompt is gone (e.g. after a deploy): ask the current question again.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        AskAsync(dc, cancellationToken);

    /// <summary>The answer to the current question: record it, then ask the next one or close.</summary>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogResult? result, CancellationToken cancellationToken = default)
    {
        var instance = dc.ActiveDialog!;
        if (result?.Stopped == true)
        {
            await dc.Context.SendAsync(content.Messages.Render(MessageIds.DangerStopped), cancellationToken);
            return await CloseAsync(dc, instance, completed: false, cancellationToken);
        }
        if (instance.Step < Questionnaire.Questions.Count)
        {
            instance.Values[Questionnaire.Questions[instance.Step].Id] = result?.Confirmed switch
            {
                true => Yes,
                false => No,
                null => Skipped, // skipped, or not understood twice: move on rather than press someone who may be in danger
            };
        }
        dc.UpdateActive(instance with { Step = instance.Step + 1 });
        return await AskAsync(dc, cancellationToken);
    }

    /// <summary>Cancelled ("hủy", or the emergency dialog ending everything): keep what was answered, send nothing.</summary>
    public override Task EndAsync(TurnContext turn, DialogInstance instance, DialogEndReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogEndReason.Cancelled && instance.Values.Count > 0)
        {
            Record(turn, instance, completed: false);
        }
        return Task.CompletedTask;
    }

    private async Task<DialogTurnResult> AskAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        if (instance.Step >= Questionnaire.Questions.Count)
        {
            return await CloseAsync(dc, instance, completed: true, cancellationToken);
        }
        var question = Questionnaire.Questions[instance.Step];
        return await dc.PromptAsync(DialogIds.DangerAnswer, new PromptOptions
        {
            Text = question.Text,
            RetryText = content.Messages.Render(MessageIds.DangerRetry) + " " + question.Text,
            MaxAttempts = 2,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> CloseAsync(DialogContext dc, DialogInstance instance, bool completed, CancellationToken cancellationToken)
    {
        var result = Record(dc.Context, instance, completed);
        var closing = result.Level switch
        {
            RiskLevel.High => MessageIds.DangerResultHigh,
            RiskLevel.Medium => MessageIds.DangerResultMedium,
            _ when result.Answers.Any(a => a.Answer != DangerAnswer.Skipped) => MessageIds.DangerResultLow,
            _ => MessageIds.DangerResultUnanswered,
        };
        await dc.Context.SendAsync(content.Messages.Render(closing, ("numbers", numbers.Line)), cancellationToken);
        if (result.Level == RiskLevel.High)
        {
            await dc.Context.SendAsync(content.Messages.Render(MessageIds.DangerSafetyAdvice), cancellationToken);
        }
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Scores the answers, stores the result in the conversation and raises its risk.</summary>
    private DangerAssessmentResult Record(TurnContext turn, DialogInstance instance, bool completed)
    {
        var answers = Questionnaire.Questions
            .Where(q => instance.Values.ContainsKey(q.Id))
            .Select(q => new DangerItemAnswer(q.Id, instance.Values[q.Id] switch
            {
                Yes => DangerAnswer.Yes,
                No => DangerAnswer.No,
                _ => DangerAnswer.Skipped,
            }))
            .ToList();
        var result = DangerScoring.Score(Questionnaire, answers, completed);
        var data = turn.Require<ConversationState>().Data;
        data.DangerAssessment = result;
        data.Raise(result.Level, result.Reasons);
        return result;
    }
}

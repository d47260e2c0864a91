using HotlineBot.Channels.Sms;
using HotlineBot.Content;
using HotlineBot.Dialogs;
using HotlineBot.Knowledge;
using HotlineBot.Language;
using HotlineBot.Safety;

namespace HotlineBot.Conversation;

/// <summary>
/// "Hỏi về pháp luật": takes the question (the text routed from the menu, or asks for it), answers from the knowledge
/// base with the article cited (<see cref="LegalAnswerComposer"/>), reminds of the emergency numbers first when the
/// question touches violence or danger, then offers "Xem thêm" (key points), "Hỏi câu khác" and "Gặp tư vấn viên".
/// Not sure: says so, names the closest articles and offers a counsellor. Typing another question instead of a quick
/// reply answers that question. On SMS every answer fits in 3 segments.
/// </summary>
public sealed class LegalQuestionDialog(HotlineContent content, LegalAnswerComposer composer, EmergencyNumbersText numbers, Triage triage)
{
    public const string ArticleKey = "article";

    public WaterfallDialog Build() => new(DialogIds.LegalQuestion, AskAsync, AnswerAsync, NextAsync, NextAsync);

    private Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.Context.Get<RoutedMessage>() is { MenuId: MenuIds.Legal, Text: var question }
            ? step.NextAsync(new DialogResult { Text = question }, ct)
            : step.PromptAsync(DialogIds.Text, new PromptOptions { Text = content.Messages.Render(MessageIds.LegalAsk) }, ct);

    private async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result?.Text is not { Length: > 0 } question)
        {
            return await step.EndDialogAsync(null, ct);
        }
        var answer = composer.Answer(question, sms: step.Context.Activity.ChannelId == TwilioPayload.ChannelId);
        if (TouchesDanger(step, question))
        {
            await step.Context.SendAsync(content.Messages.Render(MessageIds.LegalDangerReminder, ("numbers", numbers.Line)), ct);
        }
        step.Values.Remove(ArticleKey);
        if (answer.Sure && answer.Article is { } article)
        {
            step.Values[ArticleKey] = article.ToString();
        }
        var choices = answer.Sure
            ? new[] { MessageIds.LegalChoiceMore, MessageIds.LegalChoiceOther, MessageIds.LegalChoiceHuman }
            : [MessageIds.LegalChoiceOther, MessageIds.LegalChoiceHuman];
        return await OfferAsync(step, answer.Text, choices, ct);
    }

    private async Task<DialogTurnResult> NextAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var choice = step.Result?.Choice;
        if (choice == Label(MessageIds.LegalChoiceMore) && step.Values.TryGetValue(ArticleKey, out var saved) && ArticleRef.TryParse(saved, out var article))
        {
            return await OfferAsync(step, composer.More(article), [MessageIds.LegalChoiceOther, MessageIds.LegalChoiceHuman], ct);
        }
        if (choice == Label(MessageIds.LegalChoiceOther))
        {
            return await step.DialogContext.ReplaceDialogAsync(DialogIds.LegalQuestion, null, ct);
        }
        if (choice == Label(MessageIds.LegalChoiceHuman))
        {
            return await step.DialogContext.ReplaceDialogAsync(DialogIds.Handoff, null, ct); // as the menu's "Gặp tư vấn viên"
        }
        if (step.Result?.NoAnswer == true && step.Context.Activity.Text?.Trim() is { Length: > 0 } another)
        {
            step.Context.Set(new RoutedMessage(MenuIds.Legal, another));
            return await step.DialogContext.ReplaceDialogAsync(DialogIds.LegalQuestion, null, ct);
        }
        return await step.EndDialogAsync(null, ct);
    }

    private Task<DialogTurnResult> OfferAsync(WaterfallStepContext step, string text, string[] choiceIds, CancellationToken ct) =>
        step.PromptAsync(DialogIds.Choice, new PromptOptions
        {
            Text = text,
            Choices = choiceIds.Select(Label).ToList(),
            MaxAttempts = 1, // anything else typed is read as a new question
        }, ct);

    private string Label(string id) => content.Messages.Render(id);

    /// <summary>Triage sees risk, or the question names violence or danger ("chồng đánh vợ bị phạt bao nhiêu").</summary>
    private bool TouchesDanger(WaterfallStepContext step, string question)
    {
        var turn = step.Context.Get<TriageResult>();
        var triaged = turn is not null && turn.Tokens.Source == Normaliser.Normalise(question) ? turn : triage.Classify(question);
        return triaged.Risk >= RiskLevel.Medium
            || triaged.Cues.Any(c => c.StartsWith("violence:", StringComparison.Ordinal) || c.StartsWith("danger:", StringComparison.Ordinal));
    }
}

using HotlineBot.Content;
using HotlineBot.Dialogs;
using HotlineBot.Safety;
using HotlineBot.Language;
using HotlineBot.State;

namespace HotlineBot.Conversation;

/// <summary>
/// Danger: the emergency numbers go out at once, from memory; then one question — is it safe to keep chatting?
/// If not, one short line and the dialog ends. The referral issue extends this with location and nearest shelters.
/// </summary>
public sealed class EmergencyDialog(HotlineContent content, EmergencyNumbersText numbers)
{
    public WaterfallDialog Build() => new(DialogIds.Emergency, NumbersAndAskAsync, AnswerAsync);

    private async Task<DialogTurnResult> NumbersAndAskAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Context.Require<ConversationState>().Data.Raise(RiskLevel.High, ["dialog:emergency"]);
        await step.Context.SendAsync(content.Messages.Render(MessageIds.EmergencyNumbers, ("numbers", numbers.Line)), ct);
        return await step.PromptAsync(DialogIds.Confirm, new PromptOptions
        {
            Text = content.Messages.Render(MessageIds.EmergencySafeToChat),
            MaxAttempts = 1,
        }, ct);
    }

    private async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result?.Confirmed == true)
        {
            await step.Context.SendAsync(content.Messages.Render(MessageIds.EmergencyContinue), ct);
            return await step.EndDialogAsync(null, ct);
        }
        // Not safe (or no clear answer): one short line, and nothing more that could buzz or light up the phone.
        await step.Context.SendAsync(content.Messages.Render(MessageIds.EmergencyStaySafe), ct);
        return await step.DialogContext.CancelAllDialogsAsync(ct);
    }
}

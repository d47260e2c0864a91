using HotlineBot.Content;
using HotlineBot.Dialogs;
using HotlineBot.Safety;

namespace HotlineBot.Conversation;

/// <summary>
/// "Tìm nơi tạm lánh": where are you and the three nearest places (<see cref="NearbyHelpDialog"/>; only places that
/// take children when the person mentioned a child), then a counsellor, the numbers, or back to the menu. A case is
/// created only when the person asks for a counsellor (the handoff).
/// </summary>
public sealed class ShelterDialog(HotlineContent content, EmergencyNumbersText numbers)
{
    private const int Counsellor = 0;
    private const int Numbers = 1;

    public WaterfallDialog Build() => new(DialogIds.Shelter, FindAsync, OfferAsync, ActAsync);

    private Task<DialogTurnResult> FindAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.BeginDialogAsync(DialogIds.ShelterNearby, ct);

    private Task<DialogTurnResult> OfferAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.PromptAsync(DialogIds.Choice, new PromptOptions
        {
            Text = content.Messages.Render(MessageIds.ShelterNext),
            Choices = content.Messages.Variants(MessageIds.ShelterNextChoices),
            MaxAttempts = 2,
        }, ct);

    private async Task<DialogTurnResult> ActAsync(WaterfallStepContext step, CancellationToken ct)
    {
        switch (step.Result?.ChoiceIndex)
        {
            case Counsellor:
                // The same handoff as "Gặp tư vấn viên" anywhere: queue place, wait estimate, and an operator can answer here.
                return await step.BeginDialogAsync(DialogIds.Handoff, ct);
            case Numbers:
                await step.Context.SendAsync(content.Messages.Render(MessageIds.ShelterNumbers, ("numbers", numbers.Line)), ct);
                break;
        }
        return await step.EndDialogAsync(null, ct);
    }
}

using HotlineBot.Content;
using HotlineBot.Dialogs;
using HotlineBot.Language;
using HotlineBot.Safety;
using HotlineBot.State;

namespace HotlineBot.Conversation;

/// <summary>
/// The root dialog: greets once (with the emergency numbers), offers the main menu, routes the choice, and comes
/// back to the menu when the chosen flow ends. Flows not built yet say so honestly and give the numbers.
/// </summary>
public sealed class MainMenuDialog(HotlineContent content, EmergencyNumbersText numbers, MenuPrompt menuPrompt)
{
    /// <summary>
    /// Free text typed at the menu (not a menu choice) goes to the flow for its triage intent. Add a line when a flow
    /// can take a first message; the flow reads it from the turn's <see cref="RoutedMessage"/>.
    /// </summary>
    public static IReadOnlyDictionary<Intent, string> IntentRoutes { get; } = new Dictionary<Intent, string>
    {
        [Intent.Legal] = MenuIds.Legal,
        [Intent.Procedure] = MenuIds.Legal,       // "xin lệnh cấm tiếp xúc ở đâu": the law answers it for a citizen
        [Intent.Shelter] = MenuIds.Shelter,
        [Intent.Disclosure] = MenuIds.Counselling,
    };

    /// <summary>Below this triage confidence free text is not routed: the menu asks again rather than guess.</summary>
    public const double MinRouteConfidence = 0.5;

    public WaterfallDialog Build() => new(DialogIds.MainMenu, GreetAndAskAsync, RouteAsync, AgainAsync);

    private async Task<DialogTurnResult> GreetAndAskAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var state = step.Context.Require<ConversationState>().Data;
        if (!state.Greeted)
        {
            state.Greeted = true;
            await step.Context.SendAsync(content.Messages.Render(MessageIds.Greeting, ("numbers", numbers.Line)), ct);
            if (menuPrompt.RouteByIntent(step.Context) is { } routed)
            {
                return await step.NextAsync(routed, ct); // a first message (an SMS) that already asks something: answer it
            }
        }
        return await step.PromptAsync(DialogIds.MenuChoice, new PromptOptions
        {
            Text = content.Messages.Render(MessageIds.MenuPrompt),
            RetryText = content.Messages.Render(MessageIds.MenuRetry),
            Choices = content.Menu.Select(m => m.Label).ToList(),
        }, ct);
    }

    private async Task<DialogTurnResult> RouteAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result?.ChoiceIndex is not { } index)
        {
            return await step.EndDialogAsync(null, ct); // gave up after retries: the next message starts over
        }
        var item = content.Menu[index].Id;
        if (step.Result.Choice is null && step.Result.Text is { } routed)
        {
            step.Context.Set(new RoutedMessage(item, routed));
        }
        if (item == MenuIds.Danger)
        {
            return await step.BeginDialogAsync(DialogIds.Emergency, ct);
        }
        if (item == MenuIds.Counselling)
        {
            return await step.BeginDialogAsync(DialogIds.Intake, ct);
        }
        if (item == MenuIds.Collaborator)
        {
            return await step.BeginDialogAsync(DialogIds.Collaborator, ct);
        }
        if (item == MenuIds.Shelter)
        {
            return await step.BeginDialogAsync(DialogIds.Shelter, ct);
        }
        if (item == MenuIds.Human)
        {
            return await step.BeginDialogAsync(DialogIds.Handoff, ct);
        }
        if (item == MenuIds.Legal)
        {
            return await step.BeginDialogAsync(DialogIds.LegalQuestion, ct);
        }
        // A menu item with no flow behind it (menu.yaml is editable): say so honestly, with the numbers.
        await step.Context.SendAsync(content.Messages.Render(MessageIds.NotReadyHuman, ("numbers", numbers.Line)), ct);
        return await step.NextAsync(null, ct);
    }

    private Task<DialogTurnResult> AgainAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.DialogContext.ReplaceDialogAsync(DialogIds.MainMenu, null, ct);
}

using HotlineBot.Collaborators;
using HotlineBot.Content;
using HotlineBot.Dialogs;
using HotlineBot.Handoff;
using HotlineBot.Language;
using HotlineBot.Nearby;
using HotlineBot.Safety;
using HotlineBot.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HotlineBot.Conversation;

/// <summary>Registers the bot, its dialogs and its interruptions.</summary>
public static class BotServices
{
    public static IServiceCollection AddBot(this IServiceCollection services)
    {
        services.AddSingleton<MainMenuDialog>();
        services.AddSingleton<IntakeDialog>();
        services.AddSingleton<EmergencyDialog>();
        services.AddSingleton<DangerAssessmentDialog>();
        services.AddSingleton<NearbyHelpDialog>();
        services.AddSingleton<ShelterDialog>();
        services.AddSingleton<LegalQuestionDialog>();
        services.AddSingleton<MenuPrompt>();
        services.AddSingleton<IInterruption, EmergencyInterruption>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new ProcedureMatcher(sp.GetRequiredService<ProcedureLibrary>(), sp.GetRequiredService<Triage>().Tokeniser));
        services.AddSingleton(sp => new CollaboratorSignIn(sp.GetService<Operators.OperatorAccountStore>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<CollaboratorOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<CollaboratorDialog>();
        services.AddSingleton<HandoffDialog>();
        services.AddSingleton<HumanHandoff>();
        services.AddSingleton<ConversationCases>(); // every case a conversation opens (emergency, handoff, call-back)
        services.AddSingleton<IInterruption, HandoffInterruption>();
        services.AddSingleton<HandoffCancelDialog>();
        services.AddSingleton<IInterruption, HandoffCancelInterruption>();
        services.AddSingleton(sp => new DialogSet()
            .Add(sp.GetRequiredService<MainMenuDialog>().Build())
            .Add(sp.GetRequiredService<IntakeDialog>().Build())
            .Add(sp.GetRequiredService<EmergencyDialog>().Build())
            .Add(sp.GetRequiredService<DangerAssessmentDialog>())
            .Add(sp.GetRequiredService<DangerAssessmentDialog>().BuildPrompt())
            .Add(new ChoicePrompt(DialogIds.Choice))
            .Add(new ConfirmPrompt(DialogIds.Confirm))
            .Add(new TextPrompt(DialogIds.Text))
            .Add(new LocationPrompt(DialogIds.Location))
            .Add(sp.GetRequiredService<CollaboratorDialog>())
            .Add(sp.GetRequiredService<CollaboratorDialog>().BuildPrompt())
            .Add(new SecretTextPrompt(DialogIds.SecretText))
            .Add(sp.GetRequiredService<NearbyHelpDialog>().Build(DialogIds.EmergencyNearby, childrenOnlyWhenMentioned: false))
            .Add(sp.GetRequiredService<NearbyHelpDialog>().Build(DialogIds.ShelterNearby, childrenOnlyWhenMentioned: true))
            .Add(sp.GetRequiredService<ShelterDialog>().Build())
            .Add(new WhereAreYouPrompt(DialogIds.WhereAreYou, sp.GetRequiredService<PlaceResolver>(), sp.GetRequiredService<HotlineContent>(), sp.GetRequiredService<EmergencyNumbersText>()))
            .Add(sp.GetRequiredService<HandoffDialog>().Build())
            .Add(sp.GetRequiredService<LegalQuestionDialog>().Build())
            .Add(sp.GetRequiredService<MenuPrompt>())
            .Add(sp.GetRequiredService<HandoffCancelDialog>().Build()));
        services.AddSingleton(sp => new DialogManager(sp.GetRequiredService<DialogSet>(), DialogIds.MainMenu, sp.GetServices<IInterruption>()));
        services.AddSingleton<IBot, HelplineBot>();
        return services;
    }
}

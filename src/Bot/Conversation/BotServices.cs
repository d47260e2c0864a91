using HotlineBot.Dialogs;
using HotlineBot.Turns;

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
        services.AddSingleton<LegalQuestionDialog>();
        services.AddSingleton<MenuPrompt>();
        services.AddSingleton<IInterruption, EmergencyInterruption>();
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
            .Add(sp.GetRequiredService<LegalQuestionDialog>().Build())
            .Add(sp.GetRequiredService<MenuPrompt>()));
        services.AddSingleton(sp => new DialogManager(sp.GetRequiredService<DialogSet>(), DialogIds.MainMenu, sp.GetServices<IInterruption>()));
        services.AddSingleton<IBot, HelplineBot>();
        return services;
    }
}

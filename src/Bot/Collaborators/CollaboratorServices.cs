using HotlineBot.Referral.Gazetteer;

namespace HotlineBot.Collaborators;

/// <summary>
/// DI wiring of the collaborator area's configuration and content: the <c>Collaborators</c> options and
/// dialogs/procedures/ (loaded now: a broken file stops start-up with file:line). The sign-in checker and the dialog are
/// registered with the others in BotServices; the Direct Line token endpoint is <see cref="CollaboratorChatApi"/>.
/// </summary>
public static class CollaboratorServices
{
    public static IServiceCollection AddCollaborators(this IServiceCollection services, string contentRoot, Gazetteer gazetteer)
    {
        var provinceIds = gazetteer.Provinces.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        services.AddOptions<CollaboratorOptions>().BindConfiguration(CollaboratorOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(ProcedureLoader.Load(Path.Combine(contentRoot, "dialogs"), provinceIds));
        return services;
    }
}

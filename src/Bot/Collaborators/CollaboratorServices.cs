using HotlineBot.Referral.Gazetteer;
using Microsoft.Extensions.Options;

namespace HotlineBot.Collaborators;

/// <summary>
/// DI wiring of the collaborator area's configuration and content: the <c>Collaborators</c> options (validated at
/// start: every hash in the v3 format, every province known) and dialogs/procedures/ (loaded now: a broken file stops
/// start-up with file:line). The dialog itself is registered with the others in BotServices.
/// </summary>
public static class CollaboratorServices
{
    public static IServiceCollection AddCollaborators(this IServiceCollection services, string contentRoot, Gazetteer gazetteer)
    {
        var provinceIds = gazetteer.Provinces.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        services.AddOptions<CollaboratorOptions>().BindConfiguration(CollaboratorOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.AccessCodes.All(c => !string.IsNullOrWhiteSpace(c.Issuer) && c.Issuer.Length <= 80),
                "Collaborators:AccessCodes: every entry needs an Issuer (1–80 characters), e.g. \"UBND xã Thạch Hà\"")
            .Validate(o => o.AccessCodes.All(c => AccessCodeHasher.IsHash(c.Hash)),
                "Collaborators:AccessCodes: every Hash must be the output of `hash-access-code` (never the code itself)")
            .Validate(o => o.AccessCodes.All(c => c.Province is null || provinceIds.Contains(c.Province)),
                "Collaborators:AccessCodes: Province must be an id from dialogs/gazetteer/provinces.csv (e.g. lang-son) or left out")
            .ValidateOnStart();
        services.AddSingleton(ProcedureLoader.Load(Path.Combine(contentRoot, "dialogs"), provinceIds));
        return services;
    }
}

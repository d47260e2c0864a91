using HotlineBot.Referral.Cases;
using Microsoft.Extensions.Options;

namespace HotlineBot.Escalation;

/// <summary>
/// DI wiring of case escalation: the service, its outbox and the writer that empties it. The case store is there only
/// when Redis was reachable at start-up; without it cases stay in the outbox (and each is logged).
/// </summary>
public static class EscalationServices
{
    public static IServiceCollection AddEscalation(this IServiceCollection services)
    {
        services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.RetryFirstDelay <= o.RetryMaxDelay, "Escalation:RetryFirstDelay must not exceed Escalation:RetryMaxDelay")
            .ValidateOnStart();
        services.AddSingleton<CaseOutbox>();
        services.AddSingleton(sp => new CaseEscalation(
            sp.GetService<RedisCaseStore>(),
            sp.GetRequiredService<CaseOutbox>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<EscalationOptions>>(),
            sp.GetRequiredService<ILogger<CaseEscalation>>(),
            sp.GetService<ICaseQueuedSignal>()));
        services.AddHostedService(sp => new CaseOutboxWriter(
            sp.GetService<RedisCaseStore>(),
            sp.GetRequiredService<CaseOutbox>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<EscalationOptions>>(),
            sp.GetRequiredService<ILogger<CaseOutboxWriter>>(),
            sp.GetService<ICaseQueuedSignal>()));
        return services;
    }
}

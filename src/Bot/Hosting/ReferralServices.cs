using HotlineBot.Escalation;
using HotlineBot.Nearby;
using HotlineBot.Referral.Cases;
using HotlineBot.Referral.Directory;
using HotlineBot.Referral.Gazetteer;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HotlineBot.Hosting;

/// <summary>
/// DI wiring of src/Referral: the gazetteer always (it is files), the place directory and the case store when Redis is up;
/// and the bot's side of it: place names → areas, the nearest-places lookup and case escalation (both survive no Redis).
/// The case key (<c>Referral:EncryptionKey</c>) is required and checked at start: cases hold phone numbers and notes.
/// </summary>
public static class ReferralServices
{
    public static IServiceCollection AddReferral(this IServiceCollection services, Gazetteer gazetteer, IConnectionMultiplexer? redis)
    {
        services.AddOptions<CaseOptions>().BindConfiguration(CaseOptions.Section).ValidateDataAnnotations()
            .Validate(o => IsKey(o.EncryptionKey), "Referral:EncryptionKey must be base64 of exactly 32 bytes")
            .Validate(o => o.ClaimTimeout > TimeSpan.Zero && o.CaseRetention > TimeSpan.Zero, "Referral:ClaimTimeout and Referral:CaseRetention must be positive")
            .ValidateOnStart();
        services.AddSingleton(gazetteer);
        services.AddSingleton<PlaceResolver>();
        services.AddOptions<NearbyHelpOptions>().BindConfiguration(NearbyHelpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new NearbyHelp(
            sp.GetService<RedisPlaceStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<NearbyHelpOptions>>(),
            sp.GetRequiredService<ILogger<NearbyHelp>>()));
        services.AddEscalation(); // the store below is optional to it: without Redis, cases wait in the local outbox
        if (redis is null)
        {
            return services;
        }
        services.AddSingleton(sp => new RedisPlaceStore(redis, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new RedisCaseStore(redis, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<CaseOptions>>().Value));
        return services;
    }

    private static bool IsKey(string value)
    {
        var bytes = new byte[64];
        return Convert.TryFromBase64String(value ?? "", bytes, out var length) && length == 32;
    }
}

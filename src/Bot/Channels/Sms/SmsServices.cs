using HotlineBot.Content;
using Microsoft.Extensions.Options;

namespace HotlineBot.Channels.Sms;

/// <summary>DI wiring of the SMS channel. It is on only when <c>Twilio:AccountSid</c> is configured; then every key is validated at start.</summary>
public static class SmsServices
{
    public static bool IsEnabled(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{TwilioOptions.Section}:{nameof(TwilioOptions.AccountSid)}"]);

    /// <summary>Registers the channel; <paramref name="contentRoot"/> holds dialogs/ (the discreet-mode word list is read now).</summary>
    public static IServiceCollection AddSms(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        if (!IsEnabled(configuration))
        {
            return services;
        }
        services.AddOptions<TwilioOptions>().BindConfiguration(TwilioOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmsOptions>().BindConfiguration(SmsOptions.Section).ValidateDataAnnotations()
            .Validate(o => SmsOptions.IsKey(o.PhoneHashKey, 32, 64), "Sms:PhoneHashKey must be base64 of 32 to 64 bytes")
            .Validate(o => SmsOptions.IsKey(o.EncryptionKey, 32, 32), "Sms:EncryptionKey must be base64 of exactly 32 bytes")
            .ValidateOnStart();
        services.AddSingleton<PhoneProtector>();
        services.AddSingleton(DiscreetVocabularyLoader.Load(Path.Combine(contentRoot, "dialogs"))); // a broken list stops start-up
        services.AddSingleton<DiscreetRewriter>();
        services.AddSingleton<SmsRenderer>();
        services.AddSingleton<SmsAdapter>();
        services.AddSingleton<SmsChannel>();
        services.AddSingleton<SmsRateLimits>();
        services.AddHostedService<SmsTurnQueue>();
        services.AddHttpClient<TwilioClient>(client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddHostedService<SmsSender>();
        return services;
    }
}

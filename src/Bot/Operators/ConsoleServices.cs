using HotlineBot.Handoff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HotlineBot.Operators;

/// <summary>
/// DI wiring of the operator console: options, cookie sign-in (HttpOnly, SameSite=Strict, Secure over https, sliding
/// idle expiry), anti-forgery, the role policies, and — when Redis is up — the account store and the handoff services.
/// Without Redis there is no console (cases live in Redis) and the citizen side says no human can be reached here.
/// </summary>
public static class ConsoleServices
{
    public const string Scheme = "Console";

    public static bool IsAvailable(IServiceProvider services) => services.GetService<OperatorAccountStore>() is not null;

    public static IServiceCollection AddConsole(this IServiceCollection services, IConnectionMultiplexer? redis)
    {
        services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.Section).ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Console:TimeZone must be an IANA time zone id")
            .ValidateOnStart();
        services.AddAuthentication(Scheme).AddCookie(Scheme, cookie =>
        {
            cookie.Cookie.Name = "hb.console";
            cookie.Cookie.Path = "/console";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.SlidingExpiration = true;
            cookie.Events.OnRedirectToLogin = context => Status(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Status(context, StatusCodes.Status403Forbidden);
            cookie.Events.OnValidatePrincipal = ValidateAsync;
        });
        services.AddOptions<CookieAuthenticationOptions>(Scheme).Configure<IOptions<ConsoleOptions>>((cookie, console) =>
            cookie.ExpireTimeSpan = console.Value.IdleTimeout);
        services.AddAuthorization(ConsolePolicies.Add);
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = ConsoleAntiforgery.HeaderName;
            antiforgery.Cookie.Name = "hb.console.af";
            antiforgery.Cookie.Path = "/console";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        if (redis is null)
        {
            return services;
        }
        services.AddSingleton(sp => new OperatorAccountStore(redis, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<ConsoleOptions>>().Value));
        services.AddSingleton<HandoffStore>();
        services.AddSingleton<HandoffSignals>();
        services.AddSingleton<OptOutWithdrawal>();
        services.AddSingleton<Escalation.ICaseQueuedSignal>(sp => sp.GetRequiredService<HandoffSignals>());
        services.AddSingleton<ICaseQueue, EscalatingCaseQueue>();
        services.AddSingleton<CitizenRelay>();
        services.AddSingleton<CaseDesk>();
        services.AddSingleton<ConsoleReader>();
        services.AddSingleton<CitizenTyping>();
        services.AddOptions<QueueUpdateOptions>().BindConfiguration(QueueUpdateOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<QueuePositionUpdater>();
        services.AddHostedService(sp => sp.GetRequiredService<QueuePositionUpdater>());
        return services;
    }

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    // A session ends when its account was removed or disabled, or its password or role changed since sign-in.
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var store = context.HttpContext.RequestServices.GetService<OperatorAccountStore>();
        var name = context.Principal?.Identity?.Name;
        var stamp = context.Principal?.FindFirst(ConsoleUser.StampClaim)?.Value;
        var account = store is null || name is null ? null : await store.GetAsync(name, context.HttpContext.RequestAborted);
        if (account is null || account.Disabled || account.Stamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}

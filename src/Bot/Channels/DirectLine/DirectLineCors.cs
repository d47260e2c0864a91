using Microsoft.Extensions.Options;

namespace HotlineBot.Channels.DirectLine;

/// <summary>CORS for pages on configured origins that embed Web Chat against this service.</summary>
public static class DirectLineCors
{
    public const string Policy = "directline";

    public static IServiceCollection AddDirectLineCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<DirectLineOptions>>((cors, directLine) => cors.AddPolicy(Policy, policy => policy
                .WithOrigins([.. directLine.Value.AllowedOrigins])
                .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent", "X-Requested-With", "Accept", "Origin")
                .WithMethods("GET", "POST")));
        return services;
    }
}

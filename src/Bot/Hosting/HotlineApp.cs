using System.Threading.RateLimiting;
using HotlineBot.Channels.DirectLine;
using HotlineBot.Channels.Sms;
using HotlineBot.Conversation;
using HotlineBot.Operators;
using Microsoft.Extensions.FileProviders;
using Serilog;
using Serilog.Core;

namespace HotlineBot.Hosting;

/// <summary>Builds the web host. Program.cs calls this; tests call it too, with their own configuration.</summary>
public static class HotlineApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null, ILogEventSink? extraLogSink = null, Action<IServiceCollection>? replaceServices = null)
    {
        var contentRoot = ContentRootLocator.FromArgs(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = contentRoot,
            WebRootPath = Path.Combine(contentRoot, "wwwroot"),
        });
        configure?.Invoke(builder);
        contentRoot = ContentRootLocator.Locate(builder.Configuration["Hotline:ContentRoot"] ?? contentRoot);

        var logger = HotlineLogging.Create(builder.Configuration, builder.Environment.IsDevelopment(), extraLogSink);
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);

        builder.Services.AddHotlineCore(builder.Configuration, contentRoot, logger);
        builder.Services.AddBot();
        builder.Services.AddSms(builder.Configuration, contentRoot); // only when Twilio is configured
        builder.Services.AddOpenApi();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.OnRejected = (context, ct) =>
                new ValueTask(DirectLineErrors.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests; try again in a minute.").ExecuteAsync(context.HttpContext));
            limiter.AddPolicy(DirectLineApi.TokenRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = builder.Configuration.GetValue("DirectLine:TokensPerMinutePerClient", 30),
                    Window = TimeSpan.FromMinutes(1),
                }));
        });

        replaceServices?.Invoke(builder.Services); // tests only: after every registration, so theirs win
        var app = builder.Build();
        app.UseFailureResponses();
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = NoStore });
        app.UseWebSockets();
        app.UseCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        app.MapHealth();
        app.MapDirectLine();
        if (ConsoleServices.IsAvailable(app.Services))
        {
            app.MapConsole();
        }
        if (SmsServices.IsEnabled(builder.Configuration))
        {
            app.MapSms();
        }
        return app;
    }

    // Nothing about a citizen's visit should linger in a shared phone's browser cache.
    private static void NoStore(Microsoft.AspNetCore.StaticFiles.StaticFileResponseContext context) =>
        context.Context.Response.Headers.CacheControl = "no-store";
}

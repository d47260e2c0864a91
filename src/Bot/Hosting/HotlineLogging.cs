using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace HotlineBot.Hosting;

/// <summary>
/// Serilog: readable console lines in Development, JSON lines otherwise. Framework request logs are kept at Warning so
/// URLs (stream tokens) never reach the log; our own log lines carry conversation ids, never text, names or numbers.
/// </summary>
public static class HotlineLogging
{
    public static Logger Create(IConfiguration configuration, bool development, ILogEventSink? extraSink = null)
    {
        var config = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("System", LogEventLevel.Warning)
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext();
        config = development
            ? config.WriteTo.Console(outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {SourceContext}: {Message:lj}{NewLine}{Exception}", formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            : config.WriteTo.Console(new JsonFormatter(renderMessage: true));
        if (extraSink is not null)
        {
            config = config.WriteTo.Sink(extraSink);
        }
        return config.CreateLogger();
    }
}

using HotlineBot.Hosting;
using StackExchange.Redis;

namespace HotlineBot.Cli;

/// <summary>Connects a verb to Redis: <c>--redis CONN</c>, else <c>ConnectionStrings:Redis</c> (environment, then appsettings.json next to the binary).</summary>
public static class CliRedis
{
    public static async Task<IConnectionMultiplexer?> ConnectAsync(IReadOnlyList<string> args, CliIo io, string verb)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var index = args.ToList().IndexOf("--redis");
        var connection = index >= 0 && index + 1 < args.Count ? args[index + 1] : configuration.GetConnectionString("Redis");
        var redis = RedisConnection.TryConnect(connection, out var problem);
        if (redis is null)
        {
            await io.Error.WriteLineAsync($"{verb}: {problem}");
        }
        return redis;
    }
}

using StackExchange.Redis;

namespace HotlineBot.Hosting;

/// <summary>
/// Connects the one shared multiplexer from <c>ConnectionStrings:Redis</c>. Returns null (and the caller falls back
/// to memory, loudly) when none is configured or it cannot be reached at start-up.
/// </summary>
public static class RedisConnection
{
    public static IConnectionMultiplexer? TryConnect(string? connectionString, out string problem)
    {
        problem = "";
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            problem = "ConnectionStrings:Redis is not set";
            return null;
        }
        try
        {
            var options = ConfigurationOptions.Parse(connectionString);
            options.AbortOnConnectFail = false;
            options.ConnectTimeout = Math.Min(options.ConnectTimeout, 3000);
            var redis = ConnectionMultiplexer.Connect(options);
            if (!redis.IsConnected)
            {
                problem = "Redis is not reachable at start-up";
                redis.Dispose();
                return null;
            }
            return redis;
        }
        catch (Exception e) when (e is RedisException or ArgumentException)
        {
            problem = "Redis connection failed: " + e.GetType().Name;
            return null;
        }
    }
}

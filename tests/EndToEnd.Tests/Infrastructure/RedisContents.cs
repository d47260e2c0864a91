using System.Text;
using HotlineBot.Testing;
using StackExchange.Redis;

namespace HotlineBot.EndToEnd.Infrastructure;

/// <summary>What a Redis server holds, raw: every key's values, and its append-only file on disk; for tests that nothing is kept in clear.</summary>
public static class RedisContents
{
    /// <summary>Every key and everything in it, whatever its type, as text.</summary>
    public static async Task<Dictionary<string, string>> DumpAsync(ConnectionMultiplexer redis)
    {
        var db = redis.GetDatabase();
        var dump = new Dictionary<string, string>();
        foreach (var key in redis.GetServer(redis.GetEndPoints()[0]).Keys(pattern: "*"))
        {
            var read = (string?)await db.ExecuteAsync("TYPE", key) switch
            {
                "string" => await db.ExecuteAsync("GET", key),
                "list" => await db.ExecuteAsync("LRANGE", key, 0, -1),
                "hash" => await db.ExecuteAsync("HGETALL", key),
                "set" => await db.ExecuteAsync("SMEMBERS", key),
                "zset" => await db.ExecuteAsync("ZRANGE", key, 0, -1),
                "stream" => await db.ExecuteAsync("XRANGE", key, "-", "+"),
                var other => throw new InvalidOperationException($"{key} is a {other}"),
            };
            dump[key!] = string.Join("\n", Flatten(read));
        }
        return dump;
    }

    private static List<string> Flatten(RedisResult result)
    {
        if (result.IsNull)
        {
            return [];
        }
        try
        {
            return [.. ((RedisResult[])result!).SelectMany(Flatten)];
        }
        catch (InvalidCastException)
        {
            return [(string)result!]; // a single value (this client version has no public result type)
        }
    }

    /// <summary>Everything redis-server wrote to disk (the append-only file), as text.</summary>
    public static string AppendOnlyFile(RedisServer redis) =>
        string.Join("\n", Directory.EnumerateFiles(redis.DataFolder, "*", SearchOption.AllDirectories)
            .Select(f => Encoding.UTF8.GetString(File.ReadAllBytes(f))));
}

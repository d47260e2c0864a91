using System.Text.Json;
using HotlineBot.Activities;
using HotlineBot.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HotlineBot.Transcripts;

/// <summary>Transcript as a Redis list <c>hb:transcript:{channel}:{conversation}</c>, one JSON activity per entry, with the transcript retention as TTL.</summary>
public sealed class RedisTranscriptStore(IConnectionMultiplexer redis, IOptions<HotlineOptions> options) : ITranscriptStore
{
    private readonly IDatabase _db = redis.GetDatabase();

    private static RedisKey KeyFor(string channelId, string conversationId) => $"hb:transcript:{channelId}:{{{conversationId}}}";

    /// <summary>
    /// Queues the write on the shared connection without waiting for Redis to confirm it: the turn's reply does not
    /// wait on a transcript fsync. Writes keep their order on the connection; a Redis outage can lose them, while the
    /// channel's own log (awaited) still holds what was said.
    /// </summary>
    public Task AppendAsync(string channelId, string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        if (activities.Count > 0)
        {
            var key = KeyFor(channelId, conversationId);
            var values = activities.Select(a => (RedisValue)JsonSerializer.Serialize(a, ActivityJson.Default.Activity)).ToArray();
            _db.ListRightPush(key, values, flags: CommandFlags.FireAndForget);
            _db.KeyExpire(key, options.Value.TranscriptRetention, CommandFlags.FireAndForget);
        }
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<Activity>> ReadAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        var values = await _db.ListRangeAsync(KeyFor(channelId, conversationId));
        return values.Select(v => JsonSerializer.Deserialize((string)v!, ActivityJson.Default.Activity)!).ToList();
    }
}

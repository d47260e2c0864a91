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

    public async Task AppendAsync(string channelId, string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        if (activities.Count == 0)
        {
            return;
        }
        var key = KeyFor(channelId, conversationId);
        var values = activities.Select(a => (RedisValue)JsonSerializer.Serialize(a, ActivityJson.Default.Activity)).ToArray();
        var batch = _db.CreateBatch();
        var push = batch.ListRightPushAsync(key, values);
        var expire = batch.KeyExpireAsync(key, options.Value.TranscriptRetention);
        batch.Execute();
        await Task.WhenAll(push, expire);
    }

    public async Task<IReadOnlyList<Activity>> ReadAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        var values = await _db.ListRangeAsync(KeyFor(channelId, conversationId));
        return values.Select(v => JsonSerializer.Deserialize((string)v!, ActivityJson.Default.Activity)!).ToList();
    }
}

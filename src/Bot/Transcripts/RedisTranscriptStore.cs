using System.Security.Cryptography;
using System.Text.Json;
using HotlineBot.Activities;
using HotlineBot.Hosting;
using HotlineBot.Referral.Cases;
using HotlineBot.Referral.Privacy;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HotlineBot.Transcripts;

/// <summary>
/// Transcript as a Redis list <c>hb:transcript:{channel}:{conversation}</c>, with the transcript retention as TTL. Each
/// entry is one activity's JSON, AES-GCM-encrypted with the case key (<c>Referral:EncryptionKey</c>, <see cref="FieldCipher"/>)
/// and bound to its conversation: Redis (and its AOF file) never holds what a person wrote in clear. Entries written
/// before encryption (plain JSON) are still read; they expire with the retention. An entry that no longer decrypts
/// (the key was changed) is left out, and the count is logged.
/// </summary>
public sealed class RedisTranscriptStore(IConnectionMultiplexer redis, IOptions<HotlineOptions> options, IOptions<CaseOptions> keys, ILogger<RedisTranscriptStore>? log = null)
    : ITranscriptStore
{
    private readonly IDatabase _db = redis.GetDatabase();
    private readonly FieldCipher _cipher = new(keys.Value.EncryptionKey);

    private static RedisKey KeyFor(string channelId, string conversationId) => $"hb:transcript:{channelId}:{{{conversationId}}}";

    private static string Purpose(string channelId, string conversationId) => $"transcript:{channelId}:{conversationId}";

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
            var purpose = Purpose(channelId, conversationId);
            var values = activities.Select(a => (RedisValue)_cipher.Encrypt(JsonSerializer.Serialize(a, ActivityJson.Default.Activity), purpose)).ToArray();
            _db.ListRightPush(key, values, flags: CommandFlags.FireAndForget);
            _db.KeyExpire(key, options.Value.TranscriptRetention, CommandFlags.FireAndForget);
        }
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<Activity>> ReadAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        var values = await _db.ListRangeAsync(KeyFor(channelId, conversationId));
        var purpose = Purpose(channelId, conversationId);
        var read = new List<Activity>(values.Length);
        var (legacy, unreadable) = (0, 0);
        foreach (var value in values)
        {
            var stored = (string)value!;
            string json;
            if (stored.StartsWith('{'))
            {
                json = stored; // written before transcripts were encrypted
                legacy++;
            }
            else
            {
                try
                {
                    json = _cipher.Decrypt(stored, purpose);
                }
                catch (Exception e) when (e is CryptographicException or FormatException)
                {
                    unreadable++;
                    continue;
                }
            }
            read.Add(JsonSerializer.Deserialize(json, ActivityJson.Default.Activity)!);
        }
        if (legacy + unreadable > 0)
        {
            log?.LogWarning("Transcript of conversation {ConversationId}: {Legacy} entries stored unencrypted (from before encryption, expiring with the retention), {Unreadable} entries that no longer decrypt left out",
                conversationId, legacy, unreadable);
        }
        return read;
    }
}

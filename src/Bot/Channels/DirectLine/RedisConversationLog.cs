using System.Globalization;
using System.Text.Json;
using HotlineBot.Activities;
using HotlineBot.Hosting;
using HotlineBot.Referral.Cases;
using HotlineBot.Referral.Privacy;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HotlineBot.Channels.DirectLine;

/// <summary>
/// Conversation log on Redis: a list <c>hb:dl:{id}:log</c> (per activity <c>{"id":…,"enc":…}</c>: the activity's JSON
/// AES-GCM-encrypted with the case key, <see cref="FieldCipher"/>, bound to the conversation, so Redis never holds
/// what was said in clear) and a marker <c>hb:dl:{id}:meta</c>, both with the transcript retention as TTL. One Lua
/// script appends, assigns the id, refreshes the TTLs and publishes the change, so an append is one round trip and
/// atomic across instances. Entries written before encryption (the activity's JSON itself) are read as they are.
/// </summary>
public sealed class RedisConversationLog(IConnectionMultiplexer redis, ConversationHub hub, IOptions<HotlineOptions> options, IOptions<CaseOptions> keys) : IConversationLog
{
    private const string AppendScript = """
        if redis.call('EXISTS', KEYS[2]) == 0 then return -1 end
        local n = redis.call('LLEN', KEYS[1]) + 1
        local id = ARGV[1] .. '|' .. string.format('%07d', n)
        redis.call('RPUSH', KEYS[1], '{"id":"' .. id .. '",' .. string.sub(ARGV[2], 2))
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        redis.call('PEXPIRE', KEYS[2], ARGV[3])
        redis.call('PUBLISH', ARGV[4], ARGV[5])
        return n
        """;

    private const string ReplaceScript = """
        if redis.call('LLEN', KEYS[1]) > tonumber(ARGV[1]) then redis.call('LSET', KEYS[1], ARGV[1], ARGV[2]) end
        return 0
        """;

    private readonly IDatabase _db = redis.GetDatabase();
    private readonly FieldCipher _cipher = new(keys.Value.EncryptionKey);
    private long RetentionMs => (long)options.Value.TranscriptRetention.TotalMilliseconds;

    private static RedisKey LogKey(string id) => $"hb:dl:{{{id}}}:log";

    private static RedisKey MetaKey(string id) => $"hb:dl:{{{id}}}:meta";

    public Task<bool> StartAsync(string conversationId, CancellationToken cancellationToken = default) =>
        _db.StringSetAsync(MetaKey(conversationId), DateTimeOffset.UtcNow.ToUnixTimeSeconds(), TimeSpan.FromMilliseconds(RetentionMs), When.NotExists);

    public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken = default) =>
        _db.KeyExistsAsync(MetaKey(conversationId));

    public async Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        var json = JsonSerializer.Serialize(activity with { Id = null }, DirectLineJson.Default.Activity);
        var sealedJson = "{\"enc\":\"" + _cipher.Encrypt(json, Purpose(conversationId)) + "\"}"; // base64: nothing to escape
        var result = (long)await _db.ScriptEvaluateAsync(AppendScript,
            [LogKey(conversationId), MetaKey(conversationId)],
            [conversationId, sealedJson, RetentionMs, ConversationHub.Channel, hub.NoticeFor(conversationId)]);
        if (result < 0)
        {
            throw new ConversationNotFoundException(conversationId);
        }
        hub.Notify(conversationId);
        return activity with { Id = ActivityIds.For(conversationId, (int)result) };
    }

    /// <summary>Overwrites an entry (a withheld password's marker), sealed like every other entry.</summary>
    public Task ReplaceAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        ActivityIds.PositionOf(conversationId, activity.Id) is { } position
            ? _db.ScriptEvaluateAsync(ReplaceScript, [LogKey(conversationId)], [position - 1, Sealed(conversationId, activity)])
            : Task.CompletedTask;

    // {"id":"…","enc":"v1:…"}: the id in clear (the log is read by position), the rest encrypted.
    private string Sealed(string conversationId, Activity activity) =>
        "{\"id\":\"" + JsonEncodedText.Encode(activity.Id ?? "") + "\",\"enc\":\""
        + _cipher.Encrypt(JsonSerializer.Serialize(activity with { Id = null }, DirectLineJson.Default.Activity), Purpose(conversationId)) + "\"}";

    public async Task<ActivityPage> ReadAsync(string conversationId, int watermark, CancellationToken cancellationToken = default)
    {
        var values = await _db.ListRangeAsync(LogKey(conversationId), watermark, -1);
        var purpose = Purpose(conversationId);
        return new ActivityPage(Array.ConvertAll(values, v => Open((string)v!, purpose)), watermark + values.Length);
    }

    private static string Purpose(string conversationId) => "dl:" + conversationId;

    // {"id":"…","enc":"v1:…"} → the activity's JSON with its id first; an entry from before encryption as it is.
    private string Open(string stored, string purpose)
    {
        using var entry = JsonDocument.Parse(stored);
        if (!entry.RootElement.TryGetProperty("enc", out var enc))
        {
            return stored;
        }
        var id = entry.RootElement.GetProperty("id").GetRawText();
        try
        {
            return "{\"id\":" + id + "," + _cipher.Decrypt(enc.GetString()!, purpose)[1..];
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return "{\"id\":" + id + ",\"type\":\"event\",\"name\":\"hb.unreadable\"}"; // the key was changed: keep the position, show nothing
        }
    }
}

/// <summary>Activity ids of the form <c>{conversationId}|0000001</c>: the position in the log, 1-based.</summary>
public static class ActivityIds
{
    public static string For(string conversationId, int position) =>
        conversationId + "|" + position.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>The 1-based position an id of this conversation names, or null.</summary>
    public static int? PositionOf(string conversationId, string? id) =>
        id is not null && id.Length == conversationId.Length + 8 && id.StartsWith(conversationId + "|", StringComparison.Ordinal)
        && int.TryParse(id.AsSpan(conversationId.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position > 0
            ? position
            : null;
}

using System.Globalization;
using System.Text.Json;
using HotlineBot.Referral.Cases;
using HotlineBot.Referral.Privacy;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HotlineBot.Handoff;

/// <summary>
/// The live side of a handoff in Redis, all expiring with the case retention:
/// <c>hb:handoff:link:{channel}:{conversation}</c> (which case a conversation is in, queued or active),
/// <c>hb:handoff:{case}:log</c> (the live conversation, one JSON line each, text AES-GCM-encrypted),
/// <c>hb:handoff:{case}:typing</c> (who is typing, a few seconds), <c>hb:handoff:{case}:told</c> (the place and estimate
/// the waiting citizen was last told), <c>hb:console:open</c> (cases a human holds) and
/// <c>hb:console:online</c> (operators with a console open, by last heartbeat).
/// </summary>
public sealed class HandoffStore(IConnectionMultiplexer redis, TimeProvider clock, IOptions<CaseOptions> options)
{
    private const string AppendScript = """
        local n = redis.call('RPUSH', KEYS[1], ARGV[1])
        redis.call('EXPIRE', KEYS[1], ARGV[2])
        return n
        """;

    /// <summary>An operator whose console has not been heard from for this long is no longer counted online.</summary>
    public static readonly TimeSpan OnlineWindow = TimeSpan.FromSeconds(45);

    private readonly IDatabase _db = redis.GetDatabase();
    private readonly FieldCipher _cipher = new(options.Value.EncryptionKey);
    private TimeSpan Retention => options.Value.CaseRetention;

    public async Task<HandoffLink?> GetLinkAsync(string channel, string conversationId)
    {
        var value = (string?)await _db.StringGetAsync(LinkKey(channel, conversationId));
        return value?.Split(' ') is [var caseId, var state] ? new HandoffLink(caseId, state == "active") : null;
    }

    public Task SetLinkAsync(string channel, string conversationId, HandoffLink link) =>
        _db.StringSetAsync(LinkKey(channel, conversationId), link.CaseId + " " + (link.Active ? "active" : "queued"), Retention);

    public Task RemoveLinkAsync(string channel, string conversationId) => _db.KeyDeleteAsync(LinkKey(channel, conversationId));

    /// <summary>Appends a line to the case's live conversation and returns it with its sequence number (1-based).</summary>
    public async Task<RelayEntry> AppendAsync(string caseId, string from, string text, string? operatorName = null, string? risk = null)
    {
        var at = clock.GetUtcNow();
        var json = JsonSerializer.Serialize(new StoredEntry(at, from, _cipher.Encrypt(text, caseId + ":relay"), operatorName, risk));
        var seq = (long)await _db.ScriptEvaluateAsync(AppendScript, [LogKey(caseId)], [json, (long)Retention.TotalSeconds]);
        return new RelayEntry((int)seq, at, from, text, operatorName, risk);
    }

    /// <summary>Lines after the first <paramref name="seen"/>, decrypted.</summary>
    public async Task<IReadOnlyList<RelayEntry>> ReadAsync(string caseId, int seen)
    {
        var raw = await _db.ListRangeAsync(LogKey(caseId), seen, -1);
        return [.. raw.Select((r, i) =>
        {
            var e = JsonSerializer.Deserialize<StoredEntry>((string)r!)!;
            return new RelayEntry(seen + i + 1, e.At, e.From, _cipher.Decrypt(e.Text, caseId + ":relay"), e.Operator, e.Risk);
        })];
    }

    /// <summary>Remembers the sealed number an SMS case is answered at (see <see cref="SmsRecipient"/>).</summary>
    public Task SetRecipientAsync(string caseId, string sealedNumber) => _db.StringSetAsync(RecipientKey(caseId), sealedNumber, Retention);

    public async Task<string?> RecipientAsync(string caseId) => await _db.StringGetAsync(RecipientKey(caseId));

    public Task SetTypingAsync(string caseId, string who) => _db.StringSetAsync(TypingKey(caseId), who, TimeSpan.FromSeconds(5));

    public async Task<string?> TypingAsync(string caseId) => await _db.StringGetAsync(TypingKey(caseId));

    /// <summary>Remembers what the waiting citizen was told (their place and estimate), so updates are sent only on change.</summary>
    public Task SetToldAsync(string caseId, QueueStanding told) =>
        _db.StringSetAsync(ToldKey(caseId), $"{told.Position} {told.Minutes ?? -1} {told.At.ToUnixTimeMilliseconds()}", Retention);

    /// <summary>What the waiting citizen was last told; null when they were never told (not a citizen waiting in a chat).</summary>
    public async Task<QueueStanding?> ToldAsync(string caseId) =>
        ((string?)await _db.StringGetAsync(ToldKey(caseId)))?.Split(' ') is [var position, var minutes, var at]
            ? new QueueStanding(long.Parse(position, CultureInfo.InvariantCulture), int.Parse(minutes, CultureInfo.InvariantCulture) is var m and >= 0 ? m : null,
                DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(at, CultureInfo.InvariantCulture)))
            : null;

    public Task ForgetToldAsync(string caseId) => _db.KeyDeleteAsync(ToldKey(caseId));

    public Task MarkOpenAsync(string caseId) => _db.SetAddAsync(OpenKey, caseId);

    public Task MarkDoneAsync(string caseId) => _db.SetRemoveAsync(OpenKey, caseId);

    public async Task<IReadOnlyList<string>> OpenCasesAsync() => [.. (await _db.SetMembersAsync(OpenKey)).Select(v => (string)v!)];

    /// <summary>Records that this operator's console is open now.</summary>
    public Task HeartbeatAsync(string operatorId) =>
        _db.SortedSetAddAsync(OnlineKey, operatorId, clock.GetUtcNow().ToUnixTimeMilliseconds());

    public Task OfflineAsync(string operatorId) => _db.SortedSetRemoveAsync(OnlineKey, operatorId);

    public async Task<int> OperatorsOnlineAsync()
    {
        var since = (clock.GetUtcNow() - OnlineWindow).ToUnixTimeMilliseconds();
        return (int)await _db.SortedSetLengthAsync(OnlineKey, since, double.PositiveInfinity);
    }

    private static RedisKey LinkKey(string channel, string conversationId) => $"hb:handoff:link:{channel}:{{{conversationId}}}";

    private static RedisKey LogKey(string caseId) => $"hb:handoff:{caseId}:log";

    private static RedisKey RecipientKey(string caseId) => $"hb:handoff:{caseId}:to";

    private static RedisKey TypingKey(string caseId) => $"hb:handoff:{caseId}:typing";

    private static RedisKey ToldKey(string caseId) => $"hb:handoff:{caseId}:told";

    private static readonly RedisKey OpenKey = "hb:console:open";

    private static readonly RedisKey OnlineKey = "hb:console:online";

    private sealed record StoredEntry(DateTimeOffset At, string From, string Text, string? Operator, string? Risk);
}

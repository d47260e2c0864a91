using System.Text.Json;
using StackExchange.Redis;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// The inbox as a <see cref="RedisReliableQueue"/> on <c>hb:sms:inbox</c> (in flight: one list per process, <c>hb:sms:inbox:inflight:{id}</c>); a Lua
/// script sets <c>hb:sms:seen:{sid}</c> (NX, with TTL) and pushes the entry in one atomic round trip. The text waits
/// sealed (<see cref="SmsQueueSeal"/>).
/// </summary>
public sealed class RedisInbox(IConnectionMultiplexer redis, SmsQueueSeal seal, TimeSpan? lease = null) : IInbox, IAsyncDisposable
{
    private const string AcceptScript = """
        if redis.call('SET', KEYS[1], 1, 'NX', 'PX', ARGV[1]) then
          redis.call('LPUSH', KEYS[2], ARGV[2])
          return 1
        end
        return 0
        """;

    private readonly IDatabase _db = redis.GetDatabase();
    private readonly RedisReliableQueue _queue = new(redis.GetDatabase(), "hb:sms:inbox", lease);

    public async Task<bool> AcceptAsync(InboxEntry entry, TimeSpan retention, CancellationToken cancellationToken = default)
    {
        var accepted = (int)await _db.ScriptEvaluateAsync(AcceptScript, ["hb:sms:seen:" + entry.MessageSid, _queue.Queue],
            [(long)retention.TotalMilliseconds, JsonSerializer.Serialize(entry with { Text = seal.Seal(entry.Text, entry.MessageSid) }, SmsJson.Default.InboxEntry)]) == 1;
        if (accepted)
        {
            _queue.Signal();
        }
        return accepted;
    }

    public async Task<InboxEntry?> TakeAsync(CancellationToken cancellationToken = default)
    {
        if (await _queue.TakeAsync() is not { } raw)
        {
            return null;
        }
        var entry = JsonSerializer.Deserialize(raw, SmsJson.Default.InboxEntry)!;
        return entry with { Text = seal.Open(entry.Text, entry.MessageSid), Raw = raw };
    }

    public Task CompleteAsync(InboxEntry entry, CancellationToken cancellationToken = default) =>
        _queue.CompleteAsync(entry.Raw ?? JsonSerializer.Serialize(entry, SmsJson.Default.InboxEntry));

    public Task<int> RecoverAsync(CancellationToken cancellationToken = default) => _queue.RecoverAsync();

    public Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _queue.WaitForWorkAsync(timeout, cancellationToken);

    public ValueTask DisposeAsync() => _queue.DisposeAsync();
}

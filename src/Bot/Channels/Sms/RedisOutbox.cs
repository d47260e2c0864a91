using System.Text.Json;
using StackExchange.Redis;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// The outbox as two Redis lists: <c>hb:sms:outbox</c> (LPUSH new, oldest at the right) and
/// <c>hb:sms:outbox:inflight</c> (RPOPLPUSH on take, LREM on completion). AOF makes an accepted reply survive a crash.
/// </summary>
public sealed class RedisOutbox(IConnectionMultiplexer redis) : IOutbox
{
    private static readonly RedisKey Queue = "hb:sms:outbox";
    private static readonly RedisKey InFlight = "hb:sms:outbox:inflight";
    // In flight, the most recently taken entry is at the left: popping from the left and pushing to the queue's
    // right end leaves the oldest at the far right, where it is taken first. Atomic, so nothing is lost midway.
    private const string RecoverScript = """
        local n = 0
        while true do
          local v = redis.call('LPOP', KEYS[2])
          if not v then break end
          redis.call('RPUSH', KEYS[1], v)
          n = n + 1
        end
        return n
        """;

    private readonly IDatabase _db = redis.GetDatabase();
    private readonly SemaphoreSlim _signal = new(0);

    public async Task EnqueueAsync(OutboxEntry entry, CancellationToken cancellationToken = default)
    {
        await _db.ListLeftPushAsync(Queue, JsonSerializer.Serialize(entry, SmsJson.Default.OutboxEntry));
        _signal.Release();
    }

    public async Task<OutboxEntry?> TakeAsync(CancellationToken cancellationToken = default)
    {
        var raw = await _db.ListRightPopLeftPushAsync(Queue, InFlight);
        if (raw.IsNull)
        {
            return null;
        }
        var text = (string)raw!;
        return JsonSerializer.Deserialize(text, SmsJson.Default.OutboxEntry)! with { Raw = text };
    }

    public Task CompleteAsync(OutboxEntry entry, CancellationToken cancellationToken = default) =>
        _db.ListRemoveAsync(InFlight, entry.Raw ?? JsonSerializer.Serialize(entry, SmsJson.Default.OutboxEntry), 1);

    public async Task<int> RecoverAsync(CancellationToken cancellationToken = default) =>
        (int)await _db.ScriptEvaluateAsync(RecoverScript, [Queue, InFlight]);

    public async Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        await _signal.WaitAsync(timeout, cancellationToken);
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken = default) =>
        await _db.ListLengthAsync(Queue) + await _db.ListLengthAsync(InFlight);
}

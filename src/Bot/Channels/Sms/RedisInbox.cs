using System.Text.Json;
using StackExchange.Redis;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// The inbox as Redis lists <c>hb:sms:inbox</c> and <c>hb:sms:inbox:inflight</c>; a Lua script sets
/// <c>hb:sms:seen:{sid}</c> (NX, with TTL) and pushes the entry in one atomic round trip.
/// </summary>
public sealed class RedisInbox(IConnectionMultiplexer redis) : IInbox
{
    private static readonly RedisKey Queue = "hb:sms:inbox";
    private static readonly RedisKey InFlight = "hb:sms:inbox:inflight";

    private const string AcceptScript = """
        if redis.call('SET', KEYS[1], 1, 'NX', 'PX', ARGV[1]) then
          redis.call('LPUSH', KEYS[2], ARGV[2])
          return 1
        end
        return 0
        """;

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

    public async Task<bool> AcceptAsync(InboxEntry entry, TimeSpan retention, CancellationToken cancellationToken = default)
    {
        var accepted = (int)await _db.ScriptEvaluateAsync(AcceptScript, ["hb:sms:seen:" + entry.MessageSid, Queue],
            [(long)retention.TotalMilliseconds, JsonSerializer.Serialize(entry, SmsJson.Default.InboxEntry)]) == 1;
        if (accepted)
        {
            _signal.Release();
        }
        return accepted;
    }

    public async Task<InboxEntry?> TakeAsync(CancellationToken cancellationToken = default)
    {
        var raw = await _db.ListRightPopLeftPushAsync(Queue, InFlight);
        if (raw.IsNull)
        {
            return null;
        }
        var text = (string)raw!;
        return JsonSerializer.Deserialize(text, SmsJson.Default.InboxEntry)! with { Raw = text };
    }

    public Task CompleteAsync(InboxEntry entry, CancellationToken cancellationToken = default) =>
        _db.ListRemoveAsync(InFlight, entry.Raw ?? JsonSerializer.Serialize(entry, SmsJson.Default.InboxEntry), 1);

    public async Task<int> RecoverAsync(CancellationToken cancellationToken = default) =>
        (int)await _db.ScriptEvaluateAsync(RecoverScript, [Queue, InFlight]);

    public Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _signal.WaitAsync(timeout, cancellationToken);
}

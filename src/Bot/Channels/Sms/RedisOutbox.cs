using System.Text.Json;
using StackExchange.Redis;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// The outbox as a <see cref="RedisReliableQueue"/> on <c>hb:sms:outbox</c> (in flight: one list per process, <c>hb:sms:outbox:inflight:{id}</c>).
/// AOF makes an accepted reply survive a crash. The text waits sealed (<see cref="SmsQueueSeal"/>).
/// </summary>
public sealed class RedisOutbox(IConnectionMultiplexer redis, SmsQueueSeal seal, TimeSpan? lease = null) : IOutbox, IAsyncDisposable
{
    private readonly RedisReliableQueue _queue = new(redis.GetDatabase(), "hb:sms:outbox", lease);

    public Task EnqueueAsync(OutboxEntry entry, CancellationToken cancellationToken = default) =>
        _queue.PushAsync(JsonSerializer.Serialize(entry with { Body = seal.Seal(entry.Body, entry.Id) }, SmsJson.Default.OutboxEntry));

    public async Task<OutboxEntry?> TakeAsync(CancellationToken cancellationToken = default)
    {
        if (await _queue.TakeAsync() is not { } raw)
        {
            return null;
        }
        var entry = JsonSerializer.Deserialize(raw, SmsJson.Default.OutboxEntry)!;
        return entry with { Body = seal.Open(entry.Body, entry.Id), Raw = raw };
    }

    public Task CompleteAsync(OutboxEntry entry, CancellationToken cancellationToken = default) =>
        _queue.CompleteAsync(entry.Raw ?? JsonSerializer.Serialize(entry, SmsJson.Default.OutboxEntry));

    public Task<int> RecoverAsync(CancellationToken cancellationToken = default) => _queue.RecoverAsync();

    public Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _queue.WaitForWorkAsync(timeout, cancellationToken);

    public Task<long> CountAsync(CancellationToken cancellationToken = default) => _queue.CountAsync();

    public ValueTask DisposeAsync() => _queue.DisposeAsync();
}

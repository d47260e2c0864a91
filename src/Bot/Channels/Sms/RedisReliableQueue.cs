using StackExchange.Redis;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// A reliable queue on two Redis lists (the pattern of Redis's RPOPLPUSH docs): new entries are pushed at the left of
/// <see cref="Queue"/>; a take moves the oldest (rightmost) into the in-flight list in one command; completion removes
/// it there. What was in flight when a process died goes back by <see cref="RecoverAsync"/>. AOF makes an accepted
/// entry survive a crash. Entries are opaque strings: the SMS inbox and outbox keep their JSON here.
/// </summary>
public sealed class RedisReliableQueue(IDatabase db, RedisKey queue, RedisKey inFlight)
{
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

    private readonly SemaphoreSlim _signal = new(0);

    public RedisKey Queue => queue;

    public async Task PushAsync(string entry)
    {
        await db.ListLeftPushAsync(queue, entry);
        Signal();
    }

    /// <summary>Wakes a waiting taker (call after pushing to <see cref="Queue"/> some other way, e.g. from a script).</summary>
    public void Signal() => _signal.Release();

    /// <summary>The oldest entry, now in flight; null when the queue is empty.</summary>
    public async Task<string?> TakeAsync()
    {
        var raw = await db.ListRightPopLeftPushAsync(queue, inFlight);
        return raw.IsNull ? null : (string)raw!;
    }

    public Task CompleteAsync(string entry) => db.ListRemoveAsync(inFlight, entry, 1);

    public async Task<int> RecoverAsync() => (int)await db.ScriptEvaluateAsync(RecoverScript, [queue, inFlight]);

    public Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public async Task<long> CountAsync() => await db.ListLengthAsync(queue) + await db.ListLengthAsync(inFlight);
}

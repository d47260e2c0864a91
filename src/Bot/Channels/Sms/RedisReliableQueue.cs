using StackExchange.Redis;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// A reliable queue on Redis lists that several processes share (the pattern of Redis's RPOPLPUSH docs, with one
/// in-flight list per process). New entries are pushed at the left of <see cref="Queue"/>; a take moves the oldest
/// (rightmost) into this process's in-flight list in one command; completion removes it there.
/// <para>
/// Each process holds a lease (<c>{queue}:alive:{id}</c>, renewed every third of <c>lease</c>) and is listed in
/// <c>{queue}:owners</c>. <see cref="RecoverAsync"/> — at start and then with every renewal — puts back the entries of
/// processes whose lease has lapsed (they died), never those of a live one: a second instance starting does not
/// take over what the first is answering right now. Entries of the single shared in-flight list of earlier
/// versions (<c>{queue}:inflight</c>) are put back too. On <see cref="DisposeAsync"/> (a clean stop, after the workers
/// have finished) the process gives back what it still holds and drops its lease, so nothing waits for the lease.
/// AOF makes an accepted entry survive a crash. Entries are opaque strings: the SMS inbox and outbox keep their JSON here.
/// </para>
/// </summary>
public sealed class RedisReliableQueue : IAsyncDisposable
{
    public static readonly TimeSpan DefaultLease = TimeSpan.FromSeconds(15);

    // KEYS: queue, owners, legacy in-flight list. ARGV: in-flight prefix, lease prefix, own id, lease ms.
    // In-flight lists keep the most recently taken entry at the left: popping from the left and pushing to the
    // queue's right end leaves the oldest at the far right, where it is taken first. Atomic, so nothing is lost midway.
    private const string RenewAndRecoverScript = """
        redis.call('SET', ARGV[2] .. ARGV[3], '1', 'PX', ARGV[4])
        redis.call('SADD', KEYS[2], ARGV[3])
        local function giveBack(list)
          local n = 0
          while true do
            local v = redis.call('LPOP', list)
            if not v then return n end
            redis.call('RPUSH', KEYS[1], v)
            n = n + 1
          end
        end
        local moved = giveBack(KEYS[3])
        for _, owner in ipairs(redis.call('SMEMBERS', KEYS[2])) do
          if owner ~= ARGV[3] and redis.call('EXISTS', ARGV[2] .. owner) == 0 then
            moved = moved + giveBack(ARGV[1] .. owner)
            redis.call('SREM', KEYS[2], owner)
          end
        end
        return moved
        """;

    // KEYS: queue, owners, own in-flight list, own lease. ARGV: own id.
    private const string ReleaseScript = """
        local n = 0
        while true do
          local v = redis.call('LPOP', KEYS[3])
          if not v then break end
          redis.call('RPUSH', KEYS[1], v)
          n = n + 1
        end
        redis.call('DEL', KEYS[4])
        redis.call('SREM', KEYS[2], ARGV[1])
        return n
        """;

    private readonly IDatabase _db;
    private readonly string _id = Guid.NewGuid().ToString("N");
    private readonly RedisKey _owners;
    private readonly RedisKey _legacyInFlight;
    private readonly string _inFlightPrefix;
    private readonly string _leasePrefix;
    private readonly TimeSpan _lease;
    private readonly SemaphoreSlim _signal = new(0);
    private readonly CancellationTokenSource _stop = new();
    private Task? _renewal;
    private int _disposed;

    /// <param name="queue">The queue's key; the other keys start with it.</param>
    /// <param name="lease">How long after its last renewal a silent process counts as dead.</param>
    public RedisReliableQueue(IDatabase db, string queue, TimeSpan? lease = null)
    {
        _db = db;
        Queue = queue;
        _owners = queue + ":owners";
        _legacyInFlight = queue + ":inflight";
        _inFlightPrefix = queue + ":inflight:";
        _leasePrefix = queue + ":alive:";
        _lease = lease ?? DefaultLease;
        InFlight = _inFlightPrefix + _id;
    }

    public RedisKey Queue { get; }

    /// <summary>This process's in-flight list.</summary>
    public RedisKey InFlight { get; }

    public async Task PushAsync(string entry)
    {
        await _db.ListLeftPushAsync(Queue, entry);
        Signal();
    }

    /// <summary>Wakes a waiting taker (call after pushing to <see cref="Queue"/> some other way, e.g. from a script).</summary>
    public void Signal() => _signal.Release();

    /// <summary>The oldest entry, now in flight; null when the queue is empty.</summary>
    public async Task<string?> TakeAsync()
    {
        if (_renewal is null)
        {
            await RecoverAsync(); // holds the lease before anything is held in flight
        }
        var raw = await _db.ListRightPopLeftPushAsync(Queue, InFlight);
        return raw.IsNull ? null : (string)raw!;
    }

    public Task CompleteAsync(string entry) => _db.ListRemoveAsync(InFlight, entry, 1);

    /// <summary>Renews this process's lease and puts back what dead processes left in flight; how many entries.</summary>
    public async Task<int> RecoverAsync()
    {
        var moved = await RenewAsync();
        lock (_stop)
        {
            _renewal ??= Task.Run(RenewPeriodicallyAsync);
        }
        return moved;
    }

    public Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    /// <summary>Entries waiting plus those this process holds in flight.</summary>
    public async Task<long> CountAsync() => await _db.ListLengthAsync(Queue) + await _db.ListLengthAsync(InFlight);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        await _stop.CancelAsync();
        if (_renewal is { } renewal)
        {
            await renewal;
        }
        try
        {
            await _db.ScriptEvaluateAsync(ReleaseScript, [Queue, _owners, InFlight, _leasePrefix + _id], [_id]);
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            // Redis is away: what this process held comes back when its lease lapses.
        }
        _stop.Dispose();
    }

    private async Task<int> RenewAsync() =>
        (int)await _db.ScriptEvaluateAsync(RenewAndRecoverScript, [Queue, _owners, _legacyInFlight],
            [_inFlightPrefix, _leasePrefix, _id, (long)_lease.TotalMilliseconds]);

    private async Task RenewPeriodicallyAsync()
    {
        using var timer = new PeriodicTimer(_lease / 3);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                try
                {
                    if (await RenewAsync() > 0)
                    {
                        Signal();
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Redis is away; the next tick tries again. A lapsed lease only lets others retry our entries.
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}

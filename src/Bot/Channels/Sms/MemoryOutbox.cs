namespace HotlineBot.Channels.Sms;

/// <summary>The outbox in memory, when no Redis is reachable: replies survive nothing but the process.</summary>
public sealed class MemoryOutbox : IOutbox
{
    private readonly LinkedList<OutboxEntry> _queue = new();
    private readonly List<OutboxEntry> _inFlight = [];
    private readonly SemaphoreSlim _signal = new(0);

    public Task EnqueueAsync(OutboxEntry entry, CancellationToken cancellationToken = default)
    {
        lock (_queue)
        {
            _queue.AddLast(entry);
        }
        _signal.Release();
        return Task.CompletedTask;
    }

    public Task<OutboxEntry?> TakeAsync(CancellationToken cancellationToken = default)
    {
        lock (_queue)
        {
            if (_queue.First is not { } first)
            {
                return Task.FromResult<OutboxEntry?>(null);
            }
            _queue.RemoveFirst();
            _inFlight.Add(first.Value);
            return Task.FromResult<OutboxEntry?>(first.Value);
        }
    }

    public Task CompleteAsync(OutboxEntry entry, CancellationToken cancellationToken = default)
    {
        lock (_queue)
        {
            _inFlight.Remove(entry);
        }
        return Task.CompletedTask;
    }

    public Task<int> RecoverAsync(CancellationToken cancellationToken = default)
    {
        lock (_queue)
        {
            for (var i = _inFlight.Count - 1; i >= 0; i--)
            {
                _queue.AddFirst(_inFlight[i]);
            }
            var moved = _inFlight.Count;
            _inFlight.Clear();
            return Task.FromResult(moved);
        }
    }

    public Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _signal.WaitAsync(timeout, cancellationToken);

    public Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        lock (_queue)
        {
            return Task.FromResult((long)(_queue.Count + _inFlight.Count));
        }
    }
}

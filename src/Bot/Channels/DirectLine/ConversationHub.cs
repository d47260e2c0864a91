using System.Collections.Concurrent;

namespace HotlineBot.Channels.DirectLine;

/// <summary>
/// Wakes the open streams of a conversation on this instance when activities are appended — locally, or on
/// another instance (through Redis pub/sub on <see cref="Channel"/>). Signals carry no data: a woken stream reads
/// from its own watermark, so repeated or coalesced signals never duplicate or lose an activity.
/// </summary>
public sealed class ConversationHub
{
    public const string Channel = "hb:dl:appended";

    /// <summary>Names this instance in its own pub/sub notices, so it can skip them (it already woke its streams locally).</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The pub/sub message announcing an append: <c>{instanceId} {conversationId}</c>.</summary>
    public string NoticeFor(string conversationId) => InstanceId + " " + conversationId;

    /// <summary>Wakes the streams a notice from another instance concerns; ignores this instance's own notices.</summary>
    public void OnNotice(string notice)
    {
        var space = notice.IndexOf(' ');
        if (space > 0 && !notice.AsSpan(0, space).SequenceEqual(InstanceId))
        {
            Notify(notice[(space + 1)..]);
        }
    }

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Listener, byte>> _listeners = new(StringComparer.Ordinal);

    /// <summary>Registers a listener; dispose it to stop listening.</summary>
    public Listener Listen(string conversationId)
    {
        var listener = new Listener(this, conversationId);
        _listeners.GetOrAdd(conversationId, _ => new()).TryAdd(listener, 0);
        return listener;
    }

    public void Notify(string conversationId)
    {
        if (_listeners.TryGetValue(conversationId, out var set))
        {
            foreach (var listener in set.Keys)
            {
                listener.Signal();
            }
        }
    }

    public int ListenerCount(string conversationId) => _listeners.TryGetValue(conversationId, out var set) ? set.Count : 0;

    private void Remove(Listener listener)
    {
        if (_listeners.TryGetValue(listener.ConversationId, out var set))
        {
            set.TryRemove(listener, out _);
            if (set.IsEmpty)
            {
                _listeners.TryRemove(new KeyValuePair<string, ConcurrentDictionary<Listener, byte>>(listener.ConversationId, set));
            }
        }
    }

    /// <summary>One open stream's wake-up signal (at most one pending).</summary>
    public sealed class Listener(ConversationHub hub, string conversationId) : IDisposable
    {
        private readonly SemaphoreSlim _pending = new(0, 1);

        public string ConversationId { get; } = conversationId;

        internal void Signal()
        {
            try
            {
                _pending.Release();
            }
            catch (SemaphoreFullException)
            {
                // already signalled: the stream will read everything new in one go
            }
        }

        /// <summary>True when signalled, false when the timeout passed first.</summary>
        public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _pending.WaitAsync(timeout, cancellationToken);

        public void Dispose()
        {
            hub.Remove(this);
            _pending.Dispose();
        }
    }
}

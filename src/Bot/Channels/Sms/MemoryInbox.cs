using System.Threading.Channels;

namespace HotlineBot.Channels.Sms;

/// <summary>The inbox in memory, when no Redis is reachable: the MessageSid claim is the memory store's.</summary>
public sealed class MemoryInbox(ISmsStore store) : IInbox
{
    private readonly Channel<InboxEntry> _queue = Channel.CreateUnbounded<InboxEntry>();

    public async Task<bool> AcceptAsync(InboxEntry entry, TimeSpan retention, CancellationToken cancellationToken = default)
    {
        if (!await store.TryClaimMessageAsync(entry.MessageSid, retention, cancellationToken))
        {
            return false;
        }
        _queue.Writer.TryWrite(entry);
        return true;
    }

    public Task<InboxEntry?> TakeAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(_queue.Reader.TryRead(out var entry) ? entry : null);

    public Task CompleteAsync(InboxEntry entry, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<int> RecoverAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);

    public async Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _queue.Reader.WaitToReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
    }
}

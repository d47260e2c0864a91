using System.Collections.Concurrent;

namespace HotlineBot.Channels.DirectLine;

/// <summary>
/// Runs one turn at a time per conversation on this instance, so a citizen who sends two messages quickly
/// gets them handled in order rather than racing on the conversation state.
/// </summary>
public sealed class ConversationLocks
{
    private readonly ConcurrentDictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    private sealed class Gate
    {
        public readonly SemaphoreSlim Semaphore = new(1, 1);
        public int Users;
    }

    public async Task<T> RunAsync<T>(string conversationId, Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        Gate gate;
        while (true)
        {
            gate = _gates.GetOrAdd(conversationId, _ => new Gate());
            lock (gate)
            {
                if (gate.Users >= 0)
                {
                    gate.Users++;
                    break;
                }
            }
        }
        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken);
            try
            {
                return await work();
            }
            finally
            {
                gate.Semaphore.Release();
            }
        }
        finally
        {
            lock (gate)
            {
                if (--gate.Users == 0)
                {
                    gate.Users = -1; // retired: a newcomer makes a fresh gate
                    _gates.TryRemove(new KeyValuePair<string, Gate>(conversationId, gate));
                }
            }
        }
    }
}

using System.Collections.Concurrent;

namespace HotlineBot.Handoff;

/// <summary>
/// The citizen typing in web chat, passed on to the operator who holds their case ("Người dùng đang nhập…" in the
/// console, on whichever instance it is open: the case signal crosses instances by Redis pub/sub). Typing is no turn:
/// the bot never sees it, no transcript records it, it takes no conversation lock, so it can never hold up a message.
/// Bursts reaching an operator are coalesced per conversation on this instance (<see cref="MinInterval"/>); the
/// indicator lasts a few seconds.
/// </summary>
public sealed class CitizenTyping(HandoffStore store, HandoffSignals signals, TimeProvider clock)
{
    /// <summary>At most one relay per conversation this often (Web Chat itself sends one every 3 s while keys are pressed).</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _last = new(StringComparer.Ordinal);

    /// <summary>Shows the citizen typing to the operator if a human holds this conversation; otherwise does nothing.</summary>
    public async Task RelayAsync(string channel, string conversationId)
    {
        var now = clock.GetUtcNow();
        if (_last.TryGetValue(conversationId, out var last) && now - last < MinInterval)
        {
            return;
        }
        if (await store.GetLinkAsync(channel, conversationId) is not { Active: true } link)
        {
            return; // nobody to show it to (yet): typing before a claim must not hold back the first one after it
        }
        _last[conversationId] = now;
        if (_last.Count > 10_000)
        {
            Forget(now);
        }
        await store.SetTypingAsync(link.CaseId, "citizen");
        await signals.CaseChangedAsync(link.CaseId);
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (conversation, at) in _last)
        {
            if (now - at > MinInterval)
            {
                _last.TryRemove(new KeyValuePair<string, DateTimeOffset>(conversation, at));
            }
        }
    }
}

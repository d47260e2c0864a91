using System.Collections.Concurrent;

namespace HotlineBot.Channels.Sms;

/// <summary>SMS facts in memory, when no Redis is reachable (one instance, lost on restart).</summary>
public sealed class MemorySmsStore(TimeProvider clock) : ISmsStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _optedOut = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _plain = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _status = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _discreet = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _offered = new(StringComparer.Ordinal);

    public Task<bool> TryClaimMessageAsync(string messageSid, TimeSpan retention, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (_seen.Count > 10_000)
        {
            foreach (var (sid, expires) in _seen)
            {
                if (expires <= now)
                {
                    _seen.TryRemove(sid, out _);
                }
            }
        }
        var claimed = false;
        _seen.AddOrUpdate(messageSid,
            _ => { claimed = true; return now + retention; },
            (_, expires) => { claimed = expires <= now; return claimed ? now + retention : expires; });
        return Task.FromResult(claimed);
    }

    public Task ReleaseMessageAsync(string messageSid, CancellationToken cancellationToken = default)
    {
        _seen.TryRemove(messageSid, out _);
        return Task.CompletedTask;
    }

    public Task SetOptedOutAsync(string conversationId, bool optedOut, CancellationToken cancellationToken = default)
    {
        if (optedOut)
        {
            _optedOut[conversationId] = true;
        }
        else
        {
            _optedOut.TryRemove(conversationId, out _);
        }
        return Task.CompletedTask;
    }

    public Task<bool> IsOptedOutAsync(string conversationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_optedOut.ContainsKey(conversationId));

    public Task SetPlainTextAsync(string conversationId, bool plain, TimeSpan retention, CancellationToken cancellationToken = default)
    {
        _plain[conversationId] = plain;
        return Task.CompletedTask;
    }

    public Task<bool?> GetPlainTextAsync(string conversationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_plain.TryGetValue(conversationId, out var plain) ? plain : (bool?)null);

    public Task SetDiscreetAsync(string conversationId, bool discreet, TimeSpan retention, CancellationToken cancellationToken = default)
    {
        if (discreet)
        {
            _discreet[conversationId] = true;
        }
        else
        {
            _discreet.TryRemove(conversationId, out _);
        }
        return Task.CompletedTask;
    }

    public Task<bool> IsDiscreetAsync(string conversationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_discreet.ContainsKey(conversationId));

    public Task<bool> TryMarkDiscreetOfferedAsync(string conversationId, TimeSpan retention, CancellationToken cancellationToken = default) =>
        Task.FromResult(_offered.TryAdd(conversationId, true));

    public Task RecordStatusAsync(string messageSid, string status, string? errorCode, TimeSpan retention, CancellationToken cancellationToken = default)
    {
        _status[messageSid] = status;
        return Task.CompletedTask;
    }

    public Task<string?> GetStatusAsync(string messageSid, CancellationToken cancellationToken = default) =>
        Task.FromResult(_status.TryGetValue(messageSid, out var status) ? status : null);
}

using System.Collections.Concurrent;

namespace HotlineBot.State;

/// <summary>In-process storage: tests, benchmarks, and the fallback when no Redis is reachable.</summary>
public sealed class MemoryStorage(TimeProvider? clock = null) : IStorage
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private long _version;

    private sealed record Entry(string Json, string ETag, DateTimeOffset? ExpiresAt);

    public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(Live(key) is { } e ? new StoreItem(e.Json, e.ETag) : null);

    public Task<string> WriteAsync(string key, string json, string? eTag, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        var fresh = new Entry(json, Interlocked.Increment(ref _version).ToString(System.Globalization.CultureInfo.InvariantCulture),
            timeToLive is { } ttl ? _clock.GetUtcNow() + ttl : null);
        while (true)
        {
            var current = Live(key);
            if (eTag != "*" && eTag != current?.ETag)
            {
                throw new StorageConflictException(key);
            }
            var replaced = current is null
                ? _entries.TryAdd(key, fresh) || TryReplaceExpired(key, fresh)
                : _entries.TryUpdate(key, fresh, current);
            if (replaced)
            {
                return Task.FromResult(fresh.ETag);
            }
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        _entries.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    private Entry? Live(string key) =>
        _entries.TryGetValue(key, out var e) && (e.ExpiresAt is null || e.ExpiresAt > _clock.GetUtcNow()) ? e : null;

    private bool TryReplaceExpired(string key, Entry fresh) =>
        _entries.TryGetValue(key, out var stale) && Live(key) is null && _entries.TryUpdate(key, fresh, stale);
}

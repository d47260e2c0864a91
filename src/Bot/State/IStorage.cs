namespace HotlineBot.State;

/// <summary>
/// Key/value storage for JSON documents with optimistic concurrency.
/// <para>ETag rules on write: <c>"*"</c> writes unconditionally; <c>null</c> writes only if the key does not
/// exist yet; any other value writes only if it equals the stored ETag. A failed condition throws
/// <see cref="StorageConflictException"/> and changes nothing. Every successful write returns a new ETag.</para>
/// Two implementations: <see cref="MemoryStorage"/> and <see cref="RedisStorage"/>; both pass one contract test suite.
/// </summary>
public interface IStorage
{
    Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default);

    /// <param name="timeToLive">How long the document lives after this write; null keeps it until deleted.</param>
    Task<string> WriteAsync(string key, string json, string? eTag, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes the key; deleting a missing key is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Whether the backing store is reachable now (readiness).</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken = default);
}

/// <summary>A stored document and the ETag to send back when writing it.</summary>
public sealed record StoreItem(string Json, string ETag);

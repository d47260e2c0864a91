namespace HotlineBot.State;

/// <summary>A write lost an optimistic-concurrency race: someone else wrote the key since it was read.</summary>
public sealed class StorageConflictException(string key)
    : Exception($"The stored document changed since it was read (key {key}).")
{
    public string Key { get; } = key;
}

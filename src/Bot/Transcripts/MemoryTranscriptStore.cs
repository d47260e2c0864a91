using System.Collections.Concurrent;
using HotlineBot.Activities;

namespace HotlineBot.Transcripts;

/// <summary>Transcripts in process memory (tests, benchmarks, no-Redis fallback).</summary>
public sealed class MemoryTranscriptStore : ITranscriptStore
{
    private readonly ConcurrentDictionary<string, List<Activity>> _transcripts = new(StringComparer.Ordinal);

    public Task AppendAsync(string channelId, string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        var list = _transcripts.GetOrAdd(channelId + "/" + conversationId, _ => []);
        lock (list)
        {
            list.AddRange(activities);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Activity>> ReadAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        if (!_transcripts.TryGetValue(channelId + "/" + conversationId, out var list))
        {
            return Task.FromResult<IReadOnlyList<Activity>>([]);
        }
        lock (list)
        {
            return Task.FromResult<IReadOnlyList<Activity>>(list.ToList());
        }
    }
}

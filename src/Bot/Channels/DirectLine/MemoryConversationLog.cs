using System.Collections.Concurrent;
using System.Text.Json;
using HotlineBot.Activities;

namespace HotlineBot.Channels.DirectLine;

/// <summary>Conversation log in process memory: tests, benchmarks, and the no-Redis fallback (lost on restart).</summary>
public sealed class MemoryConversationLog(ConversationHub hub) : IConversationLog
{
    private readonly ConcurrentDictionary<string, List<Activity>> _logs = new(StringComparer.Ordinal);

    public Task<bool> StartAsync(string conversationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_logs.TryAdd(conversationId, []));

    public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_logs.ContainsKey(conversationId));

    public Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        if (!_logs.TryGetValue(conversationId, out var log))
        {
            throw new ConversationNotFoundException(conversationId);
        }
        Activity stored;
        lock (log)
        {
            stored = activity with { Id = ActivityIds.For(conversationId, log.Count + 1) };
            log.Add(stored);
        }
        hub.Notify(conversationId);
        return Task.FromResult(stored);
    }

    public Task ReplaceAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        if (_logs.TryGetValue(conversationId, out var log) && ActivityIds.PositionOf(conversationId, activity.Id) is { } position)
        {
            lock (log)
            {
                if (position <= log.Count)
                {
                    log[position - 1] = activity;
                }
            }
        }
        return Task.CompletedTask;
    }

    public Task<ActivityPage> ReadAsync(string conversationId, int watermark, CancellationToken cancellationToken = default)
    {
        if (!_logs.TryGetValue(conversationId, out var log))
        {
            return Task.FromResult(new ActivityPage([], watermark));
        }
        lock (log)
        {
            var page = log.Skip(watermark).Select(a => JsonSerializer.Serialize(a, DirectLineJson.Default.Activity)).ToList();
            return Task.FromResult(new ActivityPage(page, watermark + page.Count));
        }
    }
}

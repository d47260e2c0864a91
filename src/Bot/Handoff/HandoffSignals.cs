using HotlineBot.Channels.DirectLine;
using StackExchange.Redis;

namespace HotlineBot.Handoff;

/// <summary>
/// Wakes console views on every instance: the queue view (<see cref="QueueTopic"/>) and one case's live view
/// (<see cref="CaseTopic"/>). Rides on the Direct Line wake-up channel (<see cref="ConversationHub"/>): a signal carries
/// no data, a woken view re-reads Redis.
/// </summary>
public sealed class HandoffSignals(IConnectionMultiplexer redis, ConversationHub hub) : Escalation.ICaseQueuedSignal
{
    public const string QueueTopic = "console:queue";

    public static string CaseTopic(string caseId) => "console:case:" + caseId;

    public Task QueueChangedAsync() => SignalAsync(QueueTopic);

    Task Escalation.ICaseQueuedSignal.CaseQueuedAsync() => QueueChangedAsync();

    public Task CaseChangedAsync(string caseId) => SignalAsync(CaseTopic(caseId));

    public ConversationHub.Listener Listen(string topic) => hub.Listen(topic);

    private async Task SignalAsync(string topic)
    {
        hub.Notify(topic);
        await redis.GetSubscriber().PublishAsync(ConversationHub.Channel, hub.NoticeFor(topic));
    }
}

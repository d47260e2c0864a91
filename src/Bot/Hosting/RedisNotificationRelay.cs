using HotlineBot.Channels.DirectLine;
using StackExchange.Redis;

namespace HotlineBot.Hosting;

/// <summary>Relays "conversation appended" notices from Redis pub/sub to this instance's open streams.</summary>
public sealed class RedisNotificationRelay(IConnectionMultiplexer redis, ConversationHub hub) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        redis.GetSubscriber().SubscribeAsync(ConversationHub.Channel, (_, notice) => hub.OnNotice(notice!));

    public Task StopAsync(CancellationToken cancellationToken) =>
        redis.GetSubscriber().UnsubscribeAsync(ConversationHub.Channel);
}

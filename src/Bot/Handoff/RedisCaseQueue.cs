using HotlineBot.Referral.Cases;

namespace HotlineBot.Handoff;

/// <summary>Queues cases directly in <see cref="RedisCaseStore"/> and wakes every console's queue view.</summary>
public sealed class RedisCaseQueue(RedisCaseStore store, HandoffSignals signals) : ICaseQueue
{
    public async Task<string> EnqueueAsync(NewCase newCase, CancellationToken cancellationToken = default)
    {
        var id = await store.CreateAsync(newCase, "bot", cancellationToken);
        await signals.QueueChangedAsync();
        return id;
    }
}

using HotlineBot.Referral.Cases;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HotlineBot.Escalation;

/// <summary>
/// Writes the cases kept in the <see cref="CaseOutbox"/> to Redis, most urgent first, as soon as it takes them.
/// After a failure it pauses (<see cref="EscalationOptions.RetryFirstDelay"/>, doubling up to
/// <see cref="EscalationOptions.RetryMaxDelay"/>) and tries again. Each case is created under its own id, so a write
/// that landed although its answer was lost is not created again: every case reaches the queue exactly once.
/// Without Redis configured there is nowhere to write: the cases stay (and were logged when kept).
/// </summary>
public sealed class CaseOutboxWriter(RedisCaseStore? store, CaseOutbox outbox, TimeProvider time, IOptions<EscalationOptions> options, ILogger<CaseOutboxWriter> log,
    ICaseQueuedSignal? queued = null)
    : BackgroundService
{
    private static readonly TimeSpan WriteLimit = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (store is null)
        {
            return;
        }
        var delay = options.Value.RetryFirstDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await outbox.WaitForCasesAsync(stoppingToken);
                if (await WriteAllAsync(store, stoppingToken))
                {
                    delay = options.Value.RetryFirstDelay;
                    continue;
                }
                await Task.Delay(delay, time, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.Value.RetryMaxDelay.Ticks));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
        if (outbox.Count > 0)
        {
            log.LogError("!!! Stopping with {Count} cases still in the local outbox: they never reached the operators' queue", outbox.Count);
        }
    }

    /// <summary>
    /// Writes every waiting case; false if any was not taken. Stops at the first sign that Redis is away (no connection,
    /// a timeout); a case Redis refuses for itself (a script error) is passed over so it cannot block the others.
    /// </summary>
    private async Task<bool> WriteAllAsync(RedisCaseStore redis, CancellationToken cancellationToken)
    {
        var allWritten = true;
        foreach (var pending in outbox.Snapshot())
        {
            try
            {
                var created = await redis.CreateAsync(pending.Id, pending.Case, CaseEscalation.Who, cancellationToken).WaitAsync(WriteLimit, time, cancellationToken);
                outbox.Remove(pending.Id);
                log.LogInformation("Case {CaseId} ({Risk}) written from the local outbox after {Waited}{Already}; {Left} left",
                    pending.Id, pending.Case.Risk, time.GetUtcNow() - pending.KeptAt, created ? "" : " (it had landed already)", outbox.Count);
                if (queued is not null)
                {
                    await queued.CaseQueuedAsync();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning("Redis did not take case {CaseId} from the local outbox ({Problem}); {Count} cases waiting", pending.Id, e.GetType().Name, outbox.Count);
                allWritten = false;
                if (e is RedisConnectionException or RedisTimeoutException or TimeoutException)
                {
                    return false;
                }
            }
        }
        return allWritten;
    }
}

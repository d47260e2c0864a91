using HotlineBot.Channels.Sms;
using HotlineBot.Content;
using HotlineBot.Operators;
using HotlineBot.Referral.Cases;
using HotlineBot.Safety;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HotlineBot.Handoff;

/// <summary>
/// Tells waiting citizens when their place improves, or honestly when the wait grows (<see cref="PositionUpdateRule"/>).
/// Runs on every instance and needs no per-conversation timer: it sweeps the queue when any instance signals a queue
/// change (Redis pub/sub) and every <see cref="QueueUpdateOptions.SweepInterval"/>, under a short Redis lock so one
/// instance sweeps at a time. What each citizen was last told lives in Redis (<see cref="HandoffStore.ToldAsync"/>), so
/// a restart or a second instance neither repeats nor loses an update. Only citizens who asked in a chat (web or SMS)
/// and were told a place are updated; by SMS less often, and never in discreet mode.
/// </summary>
public sealed class QueuePositionUpdater(
    IConnectionMultiplexer redis,
    RedisCaseStore cases,
    HandoffStore store,
    HandoffSignals signals,
    CitizenRelay relay,
    ISmsStore sms,
    HotlineContent content,
    EmergencyNumbersText numbers,
    IOptions<QueueUpdateOptions> options,
    IOptions<ConsoleOptions> console,
    TimeProvider clock,
    ILogger<QueuePositionUpdater> log) : BackgroundService
{
    private const string ReleaseScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";
    private static readonly RedisKey LockKey = "hb:handoff:queue-updates:lock";
    private static readonly TimeSpan LockLease = TimeSpan.FromSeconds(30);

    /// <summary>A busy queue changes many times a second: its changes are taken together, one sweep a second at most.</summary>
    private static readonly TimeSpan MinGap = TimeSpan.FromSeconds(1);

    private readonly IDatabase _db = redis.GetDatabase();
    private readonly string _owner = Guid.NewGuid().ToString("N");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var queueChanged = signals.Listen(HandoffSignals.QueueTopic);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await queueChanged.WaitAsync(options.Value.SweepInterval, stoppingToken);
                await SweepOnceAsync(stoppingToken);
                await Task.Delay(options.Value.SweepInterval < MinGap ? options.Value.SweepInterval : MinGap, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Never stop the host over an update: the next round tries again (the type only: no case content is logged).
                log.LogWarning("Queue position updates skipped a round ({Problem})", e.GetType().Name);
                await Task.Delay(MinGap, clock, stoppingToken);
            }
        }
    }

    /// <summary>One sweep if no other instance is sweeping; the number of citizens told something.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken = default)
    {
        if (!await _db.StringSetAsync(LockKey, _owner, LockLease, When.NotExists))
        {
            return 0;
        }
        try
        {
            var ids = await cases.QueuedIdsAsync(options.Value.MaxCases, cancellationToken);
            var online = await store.OperatorsOnlineAsync();
            var told = await Task.WhenAll(ids.Select((id, rank) => UpdateAsync(id, rank + 1, online, cancellationToken)));
            return told.Count(t => t);
        }
        finally
        {
            await _db.ScriptEvaluateAsync(ReleaseScript, [LockKey], [_owner]);
        }
    }

    private async Task<bool> UpdateAsync(string caseId, long position, int online, CancellationToken cancellationToken)
    {
        if (await store.ToldAsync(caseId) is not { } told
            || await cases.SummaryAsync(caseId, cancellationToken) is not { Status: CaseStatus.Queued } waiting)
        {
            return false;
        }
        var now = new QueueStanding(position, QueueStanding.EstimateMinutes(position, online, console.Value.AverageCaseDuration), clock.GetUtcNow());
        var bySms = waiting.Channel == TwilioPayload.ChannelId;
        if (PositionUpdateRule.Decide(told, now, bySms ? options.Value.SmsInterval : options.Value.WebChatInterval) is not { } messageId
            || (bySms && await sms.IsDiscreetAsync(waiting.ConversationId, cancellationToken)))
        {
            return false;
        }
        var text = content.Messages.Render(messageId,
            ("position", now.Position.ToString()), ("minutes", now.Minutes?.ToString() ?? ""), ("numbers", numbers.Line));
        if (!await relay.SayAsync(waiting, text, cancellationToken))
        {
            return false;
        }
        await store.SetToldAsync(caseId, now);
        log.LogInformation("Waiting case {CaseId} told its place changed ({MessageId})", caseId, messageId);
        return true;
    }
}

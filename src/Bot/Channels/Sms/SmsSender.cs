using System.Threading.Channels;
using HotlineBot.Hosting;
using Microsoft.Extensions.Options;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// Hands the outbox to Twilio, oldest first, in parallel lanes keyed by conversation (so a turn's texts keep their order). 429, 5xx and network
/// failures are retried with doubling delays; 21610 marks the conversation opted out; invalid numbers and other
/// refusals are dropped. Logs carry the conversation id and Twilio's code — never the number or the text.
/// </summary>
public sealed class SmsSender(
    IOutbox outbox,
    ISmsStore store,
    TwilioClient twilio,
    PhoneProtector phones,
    IOptions<SmsOptions> smsOptions,
    IOptions<HotlineOptions> hotlineOptions,
    ILogger<SmsSender> logger) : BackgroundService
{
    private static readonly TimeSpan StatusRetention = TimeSpan.FromDays(7);

    /// <summary>Sends run in parallel lanes; one conversation always uses the same lane, so its texts keep their order.</summary>
    public const int Lanes = 8;

    /// <summary>Entries taken at once (pipelined) when the outbox has work: one fsync'd Redis write each, not one after the other.</summary>
    private const int Prefetch = 15;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var lanes = Enumerable.Range(0, Lanes)
            .Select(_ => Channel.CreateBounded<OutboxEntry>(new BoundedChannelOptions(64) { SingleReader = true, SingleWriter = true }))
            .ToArray();
        var workers = lanes.Select(lane => Task.Run(() => RunLaneAsync(lane.Reader, stoppingToken), CancellationToken.None)).ToArray();
        try
        {
            await DispatchAsync(lanes, stoppingToken);
        }
        finally
        {
            foreach (var lane in lanes)
            {
                lane.Writer.TryComplete();
            }
            await Task.WhenAll(workers);
        }
    }

    /// <summary>Takes entries from the outbox, oldest first, and hands each to its conversation's lane.</summary>
    private async Task DispatchAsync(Channel<OutboxEntry>[] lanes, CancellationToken stoppingToken)
    {
        var recovered = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!recovered)
                {
                    var moved = await outbox.RecoverAsync(stoppingToken);
                    recovered = true;
                    if (moved > 0)
                    {
                        logger.LogWarning("Recovered {Count} SMS left in flight by a stopped instance", moved);
                    }
                }
                var entry = await outbox.TakeAsync(stoppingToken);
                if (entry is null)
                {
                    await outbox.WaitForWorkAsync(TimeSpan.FromMilliseconds(250), stoppingToken);
                    continue;
                }
                // Work is waiting: take the next ones too, without waiting for each answer. Redis runs the pipelined
                // takes in order and they are awaited in order, so the outbox stays first in first out.
                var next = Enumerable.Range(0, Prefetch).Select(_ => outbox.TakeAsync(stoppingToken)).ToList();
                await HandToLaneAsync(lanes, entry, stoppingToken);
                foreach (var take in next)
                {
                    if (await take is { } taken)
                    {
                        await HandToLaneAsync(lanes, taken, stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "SMS outbox failed; retrying in a second");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private static ValueTask HandToLaneAsync(Channel<OutboxEntry>[] lanes, OutboxEntry entry, CancellationToken stoppingToken) =>
        lanes[(int)((uint)StringComparer.Ordinal.GetHashCode(entry.ConversationId) % Lanes)].Writer.WriteAsync(entry, stoppingToken);

    private async Task RunLaneAsync(ChannelReader<OutboxEntry> lane, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var entry in lane.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await SendAsync(entry, stoppingToken);
                    await outbox.CompleteAsync(entry, CancellationToken.None);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Left in flight: sent again after the next restart rather than lost.
                    logger.LogError(e, "SMS for conversation {ConversationId} could not be handed over", entry.ConversationId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SendAsync(OutboxEntry entry, CancellationToken stoppingToken)
    {
        var options = smsOptions.Value;
        var to = phones.Decrypt(entry.To);
        var delay = options.FirstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            var result = await twilio.SendAsync(to, entry.Body, StatusCallbackUrl(), stoppingToken);
            switch (result.Outcome)
            {
                case TwilioSendOutcome.Sent:
                    if (result.MessageSid is { Length: > 0 } sid)
                    {
                        await store.RecordStatusAsync(sid, "queued", null, StatusRetention, stoppingToken);
                    }
                    logger.LogInformation("SMS handed to Twilio for conversation {ConversationId} after {Attempts} attempt(s)", entry.ConversationId, attempt);
                    return;
                case TwilioSendOutcome.OptedOut:
                    await store.SetOptedOutAsync(entry.ConversationId, true, stoppingToken);
                    logger.LogWarning("SMS refused (21610 opted out) for conversation {ConversationId}; marked opted out", entry.ConversationId);
                    return;
                case TwilioSendOutcome.InvalidNumber or TwilioSendOutcome.Rejected:
                    logger.LogWarning("SMS refused by Twilio (code {ErrorCode}, HTTP {Status}) for conversation {ConversationId}; dropped",
                        result.ErrorCode, result.HttpStatus, entry.ConversationId);
                    return;
            }
            if (attempt >= options.MaxSendAttempts)
            {
                logger.LogError("SMS for conversation {ConversationId} given up after {Attempts} attempts (last HTTP {Status})",
                    entry.ConversationId, attempt, result.HttpStatus);
                return;
            }
            logger.LogInformation("Twilio busy (HTTP {Status}); retrying SMS for conversation {ConversationId} in {Delay}",
                result.HttpStatus, entry.ConversationId, delay);
            await Task.Delay(delay, stoppingToken);
            delay *= 2;
        }
    }

    private string? StatusCallbackUrl() =>
        hotlineOptions.Value.PublicBaseUrl is { Length: > 0 } publicBase ? publicBase.TrimEnd('/') + SmsApi.StatusPath : null;
}

using Microsoft.Extensions.Options;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// Runs the turns of inbound SMS from the <see cref="IInbox"/> (already answered with empty TwiML). Several turns run at
/// once (<see cref="SmsOptions.TurnWorkers"/>: a turn mostly waits on Redis, whose appendfsync-always writes take
/// milliseconds each, so turns in parallel are what keeps replies within a second under load); <see cref="SmsAdapter"/> keeps one conversation's turns one at a time. Entries left in flight by a stopped
/// instance are put back (at start, then whenever its lease lapses; never a live instance's), so an accepted message
/// is answered even across a crash.
/// </summary>
public sealed class SmsTurnQueue(IInbox inbox, SmsAdapter adapter, IOptions<SmsOptions> options, ILogger<SmsTurnQueue> logger) : BackgroundService
{

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            var moved = await inbox.RecoverAsync(stoppingToken);
            if (moved > 0)
            {
                logger.LogWarning("Recovered {Count} inbound SMS left in flight by a stopped instance", moved);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not recover the SMS inbox");
        }
        await Task.WhenAll(Enumerable.Range(0, options.Value.TurnWorkers).Select(_ => Task.Run(() => WorkAsync(stoppingToken), CancellationToken.None)));
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var entry = await inbox.TakeAsync(stoppingToken);
                if (entry is null)
                {
                    await inbox.WaitForWorkAsync(TimeSpan.FromMilliseconds(250), stoppingToken);
                    continue;
                }
                var activity = TwilioPayload.ToActivity(entry.MessageSid, entry.ConversationId, entry.Text, entry.ReceivedAt);
                await adapter.HandleAsync(activity, entry.From, stoppingToken);
                await inbox.CompleteAsync(entry, CancellationToken.None);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "SMS inbox failed; retrying in a second");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}

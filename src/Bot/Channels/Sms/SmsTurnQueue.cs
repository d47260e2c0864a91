using System.Threading.Channels;
using HotlineBot.Activities;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// Inbound SMS accepted by the webhook (already answered with empty TwiML) waiting for their turn. Several turns run
/// at once; <see cref="SmsAdapter"/> keeps one conversation's turns in order.
/// </summary>
public sealed class SmsTurnQueue(SmsAdapter adapter, ILogger<SmsTurnQueue> logger) : BackgroundService
{
    private const int Workers = 4;
    private readonly Channel<(Activity Inbound, string EncryptedFrom)> _queue =
        Channel.CreateBounded<(Activity, string)>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>False when the queue is full (the webhook then answers 503 and Twilio retries).</summary>
    public bool TryEnqueue(Activity inbound, string encryptedFrom) => _queue.Writer.TryWrite((inbound, encryptedFrom));

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(() => WorkAsync(stoppingToken), stoppingToken)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (inbound, encryptedFrom) in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await adapter.HandleAsync(inbound, encryptedFrom, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "SMS turn failed in conversation {ConversationId}", inbound.Conversation?.Id);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}

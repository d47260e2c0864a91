using System.Net.WebSockets;
using Microsoft.Extensions.Options;

namespace HotlineBot.Channels.DirectLine;

/// <summary>
/// One WebSocket stream of a conversation: sends everything after the watermark as ActivitySet frames, then each
/// new append as it happens, an empty frame as keepalive when idle, and ignores what the client sends (its "" pings).
/// </summary>
public sealed class ActivityStream(IConversationLog log, ConversationHub hub, IOptions<DirectLineOptions> options, ILogger<ActivityStream> logger)
{
    private static readonly byte[] KeepAlive = [];

    public async Task RunAsync(WebSocket socket, string conversationId, int watermark, CancellationToken cancellationToken)
    {
        using var listener = hub.Listen(conversationId);
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = DrainClientAsync(socket, closing);
        try
        {
            var signalled = true; // deliver the backlog first
            while (socket.State == WebSocketState.Open && !closing.IsCancellationRequested)
            {
                if (signalled)
                {
                    var page = await log.ReadAsync(conversationId, watermark, closing.Token);
                    if (page.Activities.Count > 0)
                    {
                        watermark = page.Watermark;
                        await socket.SendAsync(page.ToActivitySetUtf8(), WebSocketMessageType.Text, true, closing.Token);
                    }
                }
                else
                {
                    await socket.SendAsync(KeepAlive, WebSocketMessageType.Text, true, closing.Token);
                }
                signalled = await listener.WaitAsync(options.Value.KeepAliveInterval, closing.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            logger.LogDebug("Stream of conversation {ConversationId} closed", conversationId);
        }
        catch (Exception e)
        {
            // The store failed (Redis down): close; the client reconnects and resumes from its watermark.
            logger.LogWarning(e, "Stream of conversation {ConversationId} failed; closing it", conversationId);
        }
        finally
        {
            await closing.CancelAsync();
            await reading;
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "closing", CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private static async Task DrainClientAsync(WebSocket socket, CancellationTokenSource closing)
    {
        var buffer = new byte[1024];
        try
        {
            while (!closing.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, closing.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
        finally
        {
            await closing.CancelAsync();
        }
    }
}

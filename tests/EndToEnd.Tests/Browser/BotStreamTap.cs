using System.Text.Json;
using Microsoft.Playwright;

namespace HotlineBot.EndToEnd.Browser;

/// <summary>
/// Sits on the page's Direct Line stream (Playwright WebSocket route): passes everything through to the real service,
/// and lets a test push an extra frame to the page as if the service had sent it.
/// </summary>
public sealed class BotStreamTap
{
    private readonly List<IWebSocketRoute> streams = [];
    private int injected;

    public static async Task<BotStreamTap> AttachAsync(IPage page)
    {
        var tap = new BotStreamTap();
        await page.RouteWebSocketAsync(url => url.Contains("/stream", StringComparison.Ordinal), socket =>
        {
            socket.ConnectToServer();
            lock (tap.streams)
            {
                tap.streams.Add(socket);
            }
        });
        return tap;
    }

    public int StreamsOpened
    {
        get
        {
            lock (streams)
            {
                return streams.Count;
            }
        }
    }

    public IWebSocketRoute Latest
    {
        get
        {
            lock (streams)
            {
                return streams[^1];
            }
        }
    }

    /// <summary>Sends the page one activity from the bot, without a watermark (as some servers do).</summary>
    public void SendFromBot(object activity)
    {
        var json = JsonSerializer.Serialize(new { activities = new[] { activity } });
        Latest.Send(json);
    }

    public string NextId() => $"injected-{Interlocked.Increment(ref injected)}";
}

using System.Text;
using System.Text.Json;
using HotlineBot.Handoff;

namespace HotlineBot.Operators;

/// <summary>
/// Server-sent events for the console. A view is re-read when a signal for its topic arrives (from this or another
/// instance) or every <see cref="Poll"/> at the latest (claim timeouts, cases queued by other writers), and sent only
/// when it changed. A comment line every <see cref="KeepAlive"/> keeps proxies from closing an idle stream.
/// </summary>
public static class ConsoleEventStream
{
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Streams <paramref name="read"/>'s result as event <paramref name="eventName"/> whenever it changes.</summary>
    public static async Task RunAsync(HttpContext http, HandoffSignals signals, string topic, string eventName, Func<CancellationToken, Task<object>> read, Func<Task>? onTick = null)
    {
        var aborted = http.RequestAborted;
        var session = await SessionWatch.StartAsync(http);
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        using var listener = signals.Listen(topic);
        var last = "";
        var quiet = TimeSpan.Zero;
        try
        {
            while (!aborted.IsCancellationRequested && await session.IsLiveAsync(aborted))
            {
                if (onTick is not null)
                {
                    await onTick();
                }
                var json = JsonSerializer.Serialize(await read(aborted), Json);
                if (json != last)
                {
                    await WriteAsync(http, $"event: {eventName}\ndata: {json}\n\n", aborted);
                    last = json;
                    quiet = TimeSpan.Zero;
                }
                else if ((quiet += Poll) >= KeepAlive)
                {
                    await WriteAsync(http, ": keep-alive\n\n", aborted);
                    quiet = TimeSpan.Zero;
                }
                await listener.WaitAsync(Poll, aborted);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // the console closed the stream
        }
    }

    private static async Task WriteAsync(HttpContext http, string text, CancellationToken cancellationToken)
    {
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        await http.Response.Body.FlushAsync(cancellationToken);
    }
}

using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.Testing;

namespace HotlineBot.EndToEnd.DirectLine;

/// <summary>Two instances behind a load balancer share one Redis: a citizen's posts and stream may land on either.</summary>
public sealed class TwoInstanceTests : IAsyncLifetime
{
    private RedisServer _redis = null!;
    private HotlineServer _a = null!;
    private HotlineServer _b = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _a = await HotlineServer.StartAsync(_redis.ConnectionString);
        _b = await HotlineServer.StartAsync(_redis.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_reply_to_a_message_posted_on_one_instance_reaches_the_stream_open_on_the_other()
    {
        using var onA = new DirectLineClient(_a.DirectLineUrl);
        await onA.StartAsync();
        var reconnect = await onA.On(_b.DirectLineUrl).SendAsync(HttpMethod.Get, $"/conversations/{onA.ConversationId}?watermark=2", null);
        var streamOnB = (await DirectLineClient.ReadJsonAsync(reconnect))["streamUrl"]!.GetValue<string>();
        Assert.Contains(new Uri(_b.BaseUrl).Authority, streamOnB);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamOnB), CancellationToken.None);

        await onA.SayAsync("Tôi cần tư vấn");

        var texts = new List<string>();
        var buffer = new byte[16 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!texts.Contains("Bạn muốn được tư vấn về điều gì?"))
        {
            var frame = await socket.ReceiveAsync(buffer, timeout.Token);
            if (frame.Count > 0)
            {
                var set = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, frame.Count))!;
                texts.AddRange(set["activities"]!.AsArray().Select(a => a!["text"]?.GetValue<string>() ?? ""));
            }
        }
        Assert.Equal("Tôi cần tư vấn", texts[0]);
    }
}

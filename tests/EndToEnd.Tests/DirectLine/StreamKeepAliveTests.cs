using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using HotlineBot.EndToEnd.Infrastructure;

namespace HotlineBot.EndToEnd.DirectLine;

/// <summary>An idle stream stays open through proxies: empty keepalive frames out, the client's "" pings tolerated.</summary>
public sealed class StreamKeepAliveTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task An_idle_stream_gets_empty_keepalives_and_survives_the_clients_empty_pings()
    {
        await using var server = await HotlineServer.StartAsync(service.Redis.ConnectionString, new Dictionary<string, string?> { ["DirectLine:KeepAliveInterval"] = "00:00:01" });
        using var citizen = new DirectLineClient(server.DirectLineUrl);
        await citizen.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(citizen.StreamUrl), CancellationToken.None);
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));

        var backlog = await socket.ReceiveAsync(buffer, timeout.Token);
        Assert.True(backlog.Count > 0);
        await socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, true, timeout.Token);
        await socket.SendAsync(Encoding.UTF8.GetBytes("\"\""), WebSocketMessageType.Text, true, timeout.Token);

        var keepalive = await socket.ReceiveAsync(buffer, timeout.Token);
        Assert.Equal(0, keepalive.Count);
        Assert.Equal(WebSocketState.Open, socket.State);

        await citizen.SayAsync("1");
        string text;
        do
        {
            var frame = await socket.ReceiveAsync(buffer, timeout.Token);
            text = Encoding.UTF8.GetString(buffer, 0, frame.Count);
        }
        while (text.Length == 0);
        Assert.Equal("1", JsonNode.Parse(text)!["activities"]![0]!["text"]!.GetValue<string>());
    }
}

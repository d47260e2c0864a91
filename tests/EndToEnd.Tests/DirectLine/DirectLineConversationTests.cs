using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using HotlineBot.EndToEnd.Infrastructure;

namespace HotlineBot.EndToEnd.DirectLine;

/// <summary>A citizen talks to the running service over Direct Line (real HTTP, real Redis).</summary>
public sealed class DirectLineConversationTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task A_new_conversation_is_greeted_with_the_emergency_numbers_and_the_menu()
    {
        using var citizen = new DirectLineClient(service.Server.DirectLineUrl);
        await citizen.StartAsync();

        var greeting = await citizen.ReceiveAsync();

        Assert.Contains("113", greeting[0]["text"]!.GetValue<string>());
        Assert.Contains("111", greeting[0]["text"]!.GetValue<string>());
        var menu = greeting[^1]["suggestedActions"]!["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()).ToList();
        Assert.Equal(["Tôi đang gặp nguy hiểm", "Tôi cần tư vấn", "Hỏi về pháp luật", "Tìm nơi tạm lánh", "Dành cho cộng tác viên", "Gặp tư vấn viên"], menu);
        Assert.All(greeting, a => Assert.Equal("bot", a["from"]!["role"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_citizens_own_message_comes_back_with_an_id_a_timestamp_and_its_client_activity_id()
    {
        using var citizen = new DirectLineClient(service.Server.DirectLineUrl);
        await citizen.StartAsync();
        await citizen.ReceiveAsync();

        var id = await citizen.SayAsync("2");
        var activities = await citizen.ReceiveAsync();

        var echo = activities.Single(a => a["id"]!.GetValue<string>() == id);
        Assert.Equal("client-1", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
        Assert.EndsWith("Z", echo["timestamp"]!.GetValue<string>());
        var reply = activities.Last();
        Assert.Equal(id, reply["replyToId"]!.GetValue<string>());
        Assert.Equal("Bạn muốn được tư vấn về điều gì?", reply["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_fields_sent_by_a_client_are_kept_in_the_echo()
    {
        using var citizen = new DirectLineClient(service.Server.DirectLineUrl);
        await citizen.StartAsync();
        await citizen.ReceiveAsync();

        var id = await citizen.SayAsync("xin chào", new JsonObject { ["someFutureField"] = new JsonObject { ["x"] = 1 } });

        var echo = (await citizen.ReceiveAsync()).Single(a => a["id"]!.GetValue<string>() == id);
        Assert.Equal(1, echo["someFutureField"]!["x"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_stream_delivers_the_backlog_then_new_replies_and_resumes_from_a_watermark()
    {
        using var citizen = new DirectLineClient(service.Server.DirectLineUrl);
        await citizen.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(citizen.StreamUrl), CancellationToken.None);

        var backlog = await NextActivitySetAsync(socket);
        Assert.Equal("2", backlog["watermark"]!.GetValue<string>());

        await citizen.SayAsync("Tôi cần tư vấn");
        var texts = new List<string>();
        while (!texts.Contains("Bạn muốn được tư vấn về điều gì?"))
        {
            var set = await NextActivitySetAsync(socket);
            texts.AddRange(set["activities"]!.AsArray().Select(a => a!["text"]?.GetValue<string>() ?? ""));
        }
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);

        var reconnect = await citizen.SendAsync(HttpMethod.Get, $"/conversations/{citizen.ConversationId}?watermark=3", null);
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        var streamUrl = (await DirectLineClient.ReadJsonAsync(reconnect))["streamUrl"]!.GetValue<string>();
        using var again = new ClientWebSocket();
        await again.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        var resumed = await NextActivitySetAsync(again);
        Assert.Equal("Bạn muốn được tư vấn về điều gì?", resumed["activities"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_can_be_refreshed_and_the_new_token_opens_the_same_conversation()
    {
        using var citizen = new DirectLineClient(service.Server.DirectLineUrl);
        await citizen.StartAsync();

        var refreshed = await citizen.SendAsync(HttpMethod.Post, "/tokens/refresh", null);

        var body = await DirectLineClient.ReadJsonAsync(refreshed);
        Assert.Equal(citizen.ConversationId, body["conversationId"]!.GetValue<string>());
        Assert.Equal(1800, body["expires_in"]!.GetValue<int>());
        var poll = await citizen.SendAsync(HttpMethod.Get, $"/conversations/{citizen.ConversationId}/activities", null, bearer: body["token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, poll.StatusCode);
    }

    [Fact]
    public async Task An_emergency_in_the_middle_of_a_dialog_gives_the_numbers_then_the_dialog_resumes()
    {
        using var citizen = new DirectLineClient(service.Server.DirectLineUrl);
        await citizen.StartAsync();
        await citizen.ReceiveAsync();
        await citizen.SayAsync("Tôi cần tư vấn");
        await citizen.SayAsync("1");
        Assert.Contains("đánh giá mức độ an toàn", (await citizen.BotSaysAsync()).Last());
        await citizen.SayAsync("khong");
        Assert.Contains("tỉnh hoặc thành phố", (await citizen.BotSaysAsync()).Last());

        await citizen.SayAsync("cuu toi voi ck dang danh e");
        var emergency = await citizen.BotSaysAsync();
        Assert.Contains("113", emergency[0]);
        Assert.Equal("Bạn có an toàn để tiếp tục nhắn tin không?", emergency[1]);

        await citizen.SayAsync("co");
        Assert.Contains("Bạn đang ở khoảng nào?", (await citizen.BotSaysAsync()).Last());
        await citizen.SayAsync("bo qua"); // where they are, for the nearest places: skipped; a counsellor is told
        var resumed = await citizen.BotSaysAsync();
        Assert.Contains("tư vấn viên sẽ liên hệ", resumed[^2], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("tỉnh hoặc thành phố", resumed.Last());
    }

    private static async Task<JsonObject> NextActivitySetAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var text = new StringBuilder();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            }
            while (!result.EndOfMessage);
            if (text.Length > 0)
            {
                return JsonNode.Parse(text.ToString())!.AsObject();
            }
        }
    }
}

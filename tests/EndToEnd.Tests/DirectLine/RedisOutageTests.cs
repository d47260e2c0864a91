using System.Net;
using System.Text.Json.Nodes;
using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.Testing;

namespace HotlineBot.EndToEnd.DirectLine;

/// <summary>Redis goes down while a citizen is chatting: they are told whom to call, and nothing crashes.</summary>
public sealed class RedisOutageTests
{
    [Fact]
    public async Task A_message_sent_while_redis_is_down_is_answered_503_with_the_emergency_numbers()
    {
        var redis = await RedisServer.StartAsync();
        await using var server = await HotlineServer.StartAsync(redis.ConnectionString + ",connectTimeout=300,syncTimeout=500");
        using var citizen = new DirectLineClient(server.DirectLineUrl);
        await citizen.StartAsync();
        redis.Kill();
        await redis.DisposeAsync();

        var response = await citizen.SendAsync(HttpMethod.Post, $"/conversations/{citizen.ConversationId}/activities",
            "{\"type\":\"message\",\"text\":\"cứu tôi với\"}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var message = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["message"]!.GetValue<string>();
        Assert.Contains("113", message);
        Assert.Contains("111", message);
        Assert.DoesNotContain("cứu", message);
        Assert.Equal(HttpStatusCode.OK, (await new HttpClient().GetAsync(server.BaseUrl + "/healthz")).StatusCode);
    }
}

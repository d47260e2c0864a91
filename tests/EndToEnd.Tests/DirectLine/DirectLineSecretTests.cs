using System.Net;
using HotlineBot.EndToEnd.Infrastructure;

namespace HotlineBot.EndToEnd.DirectLine;

/// <summary>A server-side caller (a partner's backend) uses the configured secret instead of a token.</summary>
public sealed class DirectLineSecretTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private const string Secret = "partner-backend-secret-0123456789";

    [Fact]
    public async Task The_secret_starts_a_conversation_posts_to_it_and_finds_unknown_ones_missing()
    {
        await using var server = await HotlineServer.StartAsync(service.Redis.ConnectionString, new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret });
        using var backend = new DirectLineClient(server.DirectLineUrl);

        var started = await backend.SendAsync(HttpMethod.Post, "/conversations", "{\"user\":{\"id\":\"partner-user-1\"}}", bearer: Secret);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var conversation = (await DirectLineClient.ReadJsonAsync(started))["conversationId"]!.GetValue<string>();

        var posted = await backend.SendAsync(HttpMethod.Post, $"/conversations/{conversation}/activities", "{\"type\":\"message\",\"text\":\"2\"}", bearer: Secret);
        var unknown = await backend.SendAsync(HttpMethod.Get, "/conversations/AAAAAAAAAAAAAAAAAAAAAA/activities", null, bearer: Secret);
        var wrongSecret = await backend.SendAsync(HttpMethod.Post, "/conversations", null, bearer: Secret + "x");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongSecret.StatusCode);
    }
}

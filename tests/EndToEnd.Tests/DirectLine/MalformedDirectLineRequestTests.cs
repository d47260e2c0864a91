using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using HotlineBot.EndToEnd.Infrastructure;

namespace HotlineBot.EndToEnd.DirectLine;

/// <summary>Broken, hostile or mistaken requests each get the documented 4xx with a Direct Line error body — never a 500.</summary>
public sealed class MalformedDirectLineRequestTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    /// <summary>Who sends the request: the conversation's own token, none, garbage, an expired or a foreign token.</summary>
    public enum Bearer { Own, None, Garbage, Tampered, Expired, OtherConversation, NotBearer }

    public static TheoryData<string, string, string, string?, string, Bearer, int> Cases => new()
    {
        // name, method, path ({c} = conversation id), body, content type, bearer, expected status
        { "no token on post", "POST", "/conversations/{c}/activities", Message("hi"), "application/json", Bearer.None, 401 },
        { "no token on poll", "GET", "/conversations/{c}/activities", null, "", Bearer.None, 401 },
        { "no token on reconnect", "GET", "/conversations/{c}", null, "", Bearer.None, 401 },
        { "no token on start", "POST", "/conversations", null, "", Bearer.None, 401 },
        { "no token on refresh", "POST", "/tokens/refresh", null, "", Bearer.None, 401 },
        { "basic auth instead of bearer", "GET", "/conversations/{c}/activities", null, "", Bearer.NotBearer, 401 },
        { "garbage token", "POST", "/conversations/{c}/activities", Message("hi"), "application/json", Bearer.Garbage, 403 },
        { "tampered token", "GET", "/conversations/{c}/activities", null, "", Bearer.Tampered, 403 },
        { "expired token", "POST", "/conversations/{c}/activities", Message("hi"), "application/json", Bearer.Expired, 403 },
        { "expired token on refresh", "POST", "/tokens/refresh", null, "", Bearer.Expired, 403 },
        { "other conversation's token on post", "POST", "/conversations/{c}/activities", Message("hi"), "application/json", Bearer.OtherConversation, 403 },
        { "other conversation's token on poll", "GET", "/conversations/{c}/activities", null, "", Bearer.OtherConversation, 403 },
        { "other conversation's token on reconnect", "GET", "/conversations/{c}", null, "", Bearer.OtherConversation, 403 },
        { "garbage token on generate", "POST", "/tokens/generate", null, "", Bearer.Garbage, 403 },
        { "unknown conversation id", "GET", "/conversations/AAAAAAAAAAAAAAAAAAAAAA/activities", null, "", Bearer.Own, 403 },
        { "not json", "POST", "/conversations/{c}/activities", "this is not json", "application/json", Bearer.Own, 400 },
        { "truncated json", "POST", "/conversations/{c}/activities", "{\"type\":\"message\",\"text\":\"hi", "application/json", Bearer.Own, 400 },
        { "empty body", "POST", "/conversations/{c}/activities", "", "application/json", Bearer.Own, 400 },
        { "json array", "POST", "/conversations/{c}/activities", "[]", "application/json", Bearer.Own, 400 },
        { "json string", "POST", "/conversations/{c}/activities", "\"hi\"", "application/json", Bearer.Own, 400 },
        { "json null", "POST", "/conversations/{c}/activities", "null", "application/json", Bearer.Own, 400 },
        { "missing type", "POST", "/conversations/{c}/activities", "{\"text\":\"hi\"}", "application/json", Bearer.Own, 400 },
        { "empty type", "POST", "/conversations/{c}/activities", "{\"type\":\"\",\"text\":\"hi\"}", "application/json", Bearer.Own, 400 },
        { "unknown type", "POST", "/conversations/{c}/activities", "{\"type\":\"handoff\",\"text\":\"hi\"}", "application/json", Bearer.Own, 400 },
        { "type is a number", "POST", "/conversations/{c}/activities", "{\"type\":5}", "application/json", Bearer.Own, 400 },
        { "text is a number", "POST", "/conversations/{c}/activities", "{\"type\":\"message\",\"text\":42}", "application/json", Bearer.Own, 400 },
        { "from is a string", "POST", "/conversations/{c}/activities", "{\"type\":\"message\",\"text\":\"hi\",\"from\":\"me\"}", "application/json", Bearer.Own, 400 },
        { "from id with markup", "POST", "/conversations/{c}/activities", "{\"type\":\"message\",\"text\":\"hi\",\"from\":{\"id\":\"<script>\"}}", "application/json", Bearer.Own, 400 },
        { "entities is an object", "POST", "/conversations/{c}/activities", "{\"type\":\"message\",\"entities\":{}}", "application/json", Bearer.Own, 400 },
        { "latitude out of range", "POST", "/conversations/{c}/activities", "{\"type\":\"message\",\"entities\":[{\"type\":\"GeoCoordinates\",\"latitude\":123,\"longitude\":105}]}", "application/json", Bearer.Own, 400 },
        { "latitude is text", "POST", "/conversations/{c}/activities", "{\"type\":\"message\",\"entities\":[{\"type\":\"GeoCoordinates\",\"latitude\":\"north\",\"longitude\":105}]}", "application/json", Bearer.Own, 400 },
        { "timestamp is not a date", "POST", "/conversations/{c}/activities", "{\"type\":\"message\",\"text\":\"hi\",\"timestamp\":\"yesterday\"}", "application/json", Bearer.Own, 400 },
        { "event without a name", "POST", "/conversations/{c}/activities", "{\"type\":\"event\"}", "application/json", Bearer.Own, 400 },
        { "attachments in a post", "POST", "/conversations/{c}/activities", "{\"type\":\"message\",\"attachments\":[{\"contentType\":\"image/png\",\"contentUrl\":\"http://x/y.png\"}]}", "application/json", Bearer.Own, 415 },
        { "huge text", "POST", "/conversations/{c}/activities", Message(new string('a', 5000)), "application/json", Bearer.Own, 413 },
        { "huge body", "POST", "/conversations/{c}/activities", Message("hi", padding: 40_000), "application/json", Bearer.Own, 413 },
        { "form instead of json", "POST", "/conversations/{c}/activities", "type=message&text=hi", "application/x-www-form-urlencoded", Bearer.Own, 415 },
        { "text/plain", "POST", "/conversations/{c}/activities", Message("hi"), "text/plain", Bearer.Own, 415 },
        { "negative watermark", "GET", "/conversations/{c}/activities?watermark=-1", null, "", Bearer.Own, 400 },
        { "text watermark", "GET", "/conversations/{c}/activities?watermark=abc", null, "", Bearer.Own, 400 },
        { "huge watermark", "GET", "/conversations/{c}/activities?watermark=99999999999999999999", null, "", Bearer.Own, 400 },
        { "bad watermark on reconnect", "GET", "/conversations/{c}?watermark=1.5", null, "", Bearer.Own, 400 },
        { "stream without websocket", "GET", "/conversations/{c}/stream", null, "", Bearer.Own, 400 },
        { "upload", "POST", "/conversations/{c}/upload?userId=u1", "--x--", "multipart/form-data; boundary=x", Bearer.Own, 415 },
        { "broken token request body", "POST", "/tokens/generate", "{\"user\":", "application/json", Bearer.None, 400 },
        { "user is a number in token request", "POST", "/tokens/generate", "{\"user\":7}", "application/json", Bearer.None, 400 },
        { "put on activities", "PUT", "/conversations/{c}/activities", Message("hi"), "application/json", Bearer.Own, 405 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_malformed_request_gets_its_4xx_with_a_reason(string name, string method, string path, string? body, string contentType, Bearer bearer, int expected)
    {
        using var citizen = new DirectLineClient(service.Server.DirectLineUrl);
        await citizen.StartAsync();
        using var other = new DirectLineClient(service.Server.DirectLineUrl);
        await other.StartAsync();
        using var http = new HttpClient();
        var request = new HttpRequestMessage(new HttpMethod(method), service.Server.DirectLineUrl + path.Replace("{c}", citizen.ConversationId));
        request.Headers.Authorization = bearer switch
        {
            Bearer.Own => new AuthenticationHeaderValue("Bearer", citizen.Token),
            Bearer.Garbage => new AuthenticationHeaderValue("Bearer", "not-a-token"),
            Bearer.Tampered => new AuthenticationHeaderValue("Bearer", Tamper(citizen.Token)),
            Bearer.Expired => new AuthenticationHeaderValue("Bearer", ExpiredTokens.For(citizen.ConversationId)),
            Bearer.OtherConversation => new AuthenticationHeaderValue("Bearer", other.Token),
            Bearer.NotBearer => new AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz"),
            _ => null,
        };
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        var response = await http.SendAsync(request);

        Assert.True(expected == (int)response.StatusCode, $"{name}: expected {expected}, got {(int)response.StatusCode}");
        if (expected != 405)
        {
            var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
            Assert.False(string.IsNullOrWhiteSpace(error["code"]!.GetValue<string>()), name);
            Assert.False(string.IsNullOrWhiteSpace(error["message"]!.GetValue<string>()), name);
        }
    }

    [Fact]
    public async Task A_rejected_post_adds_nothing_to_the_conversation()
    {
        using var citizen = new DirectLineClient(service.Server.DirectLineUrl);
        await citizen.StartAsync();
        var before = (await citizen.ReceiveAsync()).Count;

        await citizen.SendAsync(HttpMethod.Post, $"/conversations/{citizen.ConversationId}/activities", Message(new string('a', 5000)));
        await citizen.SendAsync(HttpMethod.Post, $"/conversations/{citizen.ConversationId}/activities", "{\"type\":\"message\",\"text\":42}");

        Assert.Equal(2, before);
        Assert.Empty(await citizen.ReceiveAsync());
    }

    private static string Message(string text, int padding = 0) =>
        new JsonObject { ["type"] = "message", ["text"] = text, ["channelData"] = new JsonObject { ["pad"] = new string('x', padding) } }.ToJsonString();

    private static string Tamper(string token) => token[..^2] + (token[^2] == 'A' ? "BB" : "AA");
}

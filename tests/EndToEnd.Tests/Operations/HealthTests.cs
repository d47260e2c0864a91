using System.Net;
using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.Testing;

namespace HotlineBot.EndToEnd.Operations;

/// <summary>Load balancers and operators ask whether the service is alive and ready.</summary>
public sealed class HealthTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private readonly HttpClient _http = new();

    [Fact]
    public async Task The_service_is_alive_and_ready_with_redis_and_content()
    {
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(service.Server.BaseUrl + "/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(service.Server.BaseUrl + "/readyz")).StatusCode);
    }

    [Fact]
    public async Task It_is_not_ready_while_redis_is_down_but_still_alive()
    {
        var redis = await RedisServer.StartAsync();
        await using var server = await HotlineServer.StartAsync(redis.ConnectionString);
        await redis.DisposeAsync();

        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(server.BaseUrl + "/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _http.GetAsync(server.BaseUrl + "/readyz")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_direct_line_endpoints()
    {
        var document = await _http.GetStringAsync(service.Server.BaseUrl + "/openapi/v1.json");

        Assert.Contains("/v3/directline/conversations/{conversationId}/activities", document);
        Assert.Contains("/v3/directline/tokens/generate", document);
    }

    [Fact]
    public async Task The_chat_page_is_served_as_utf8_and_never_cached()
    {
        var page = await _http.GetAsync(service.Server.BaseUrl + "/");

        Assert.Equal("utf-8", page.Content.Headers.ContentType?.CharSet ?? ExtractMetaCharset(await page.Content.ReadAsStringAsync()));
        Assert.Contains("no-store", page.Headers.CacheControl?.ToString());
    }

    private static string ExtractMetaCharset(string html) => html.Contains("<meta charset=\"utf-8\">", StringComparison.OrdinalIgnoreCase) ? "utf-8" : "";
}

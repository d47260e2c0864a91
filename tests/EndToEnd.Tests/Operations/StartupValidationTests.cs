using System.Net.Http.Headers;
using HotlineBot.EndToEnd.Infrastructure;
using Microsoft.Extensions.Options;

namespace HotlineBot.EndToEnd.Operations;

/// <summary>Configuration mistakes stop start-up with a message that names the setting; CORS follows configuration.</summary>
public sealed class StartupValidationTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Theory]
    [InlineData("Hotline:EmergencyNumbers:0:Number", "call the police")]
    [InlineData("DirectLine:TokenSigningKey", "too-short")]
    [InlineData("Hotline:ConversationRetention", "00:00:01")]
    public async Task A_bad_setting_stops_start_up_naming_it(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            HotlineServer.StartAsync(service.Redis.ConnectionString, new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key.Split(':')[1], string.Join(" ", error.Failures));
    }

    [Fact]
    public async Task Only_configured_origins_may_call_direct_line_from_a_browser()
    {
        await using var server = await HotlineServer.StartAsync(service.Redis.ConnectionString,
            new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = "https://tinhhatinh.example.vn" });
        using var http = new HttpClient();

        var allowed = await http.SendAsync(Preflight(server, "https://tinhhatinh.example.vn"));
        var other = await http.SendAsync(Preflight(server, "https://evil.example.com"));

        Assert.Equal("https://tinhhatinh.example.vn", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("authorization", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(HotlineServer server, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, server.DirectLineUrl + "/conversations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
        return request;
    }
}

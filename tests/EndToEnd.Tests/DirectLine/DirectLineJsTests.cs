using System.Text.Json.Nodes;
using HotlineBot.EndToEnd.Infrastructure;

namespace HotlineBot.EndToEnd.DirectLine;

/// <summary>
/// Microsoft's own DirectLineJS client (npm botframework-directlinejs, unchanged, in Node) holds a conversation with
/// the running service, then a second client resumes it from the watermark — over WebSocket and over polling.
/// </summary>
public sealed class DirectLineJsTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task Microsofts_client_converses_and_resumes_from_its_watermark(string mode)
    {
        var (exit, output, error) = await NodeScript.RunAsync("tests/EndToEnd.Tests/directlinejs/conversation.js", service.Server.DirectLineUrl, mode);

        Assert.True(exit == 0, $"DirectLineJS ({mode}) failed: {error}");
        var seen = JsonNode.Parse(output)!;
        Assert.True(seen["connected"]!.GetValue<bool>());
        Assert.Contains("Tôi đang gặp nguy hiểm", seen["menu"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal("user", seen["echoRole"]!.GetValue<string>());
        Assert.StartsWith("Bạn đang ở tỉnh", seen["province"]!.GetValue<string>());
        Assert.Equal("6", seen["watermark"]!.GetValue<string>());
        Assert.StartsWith("Cảm ơn bạn đã chia sẻ.", seen["thanks"]!.GetValue<string>());
        Assert.Equal(0, seen["redelivered"]!.GetValue<int>());
    }
}

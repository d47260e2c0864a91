using Microsoft.Playwright;

namespace HotlineBot.EndToEnd.Browser;

/// <summary>
/// Microsoft's Web Chat bundle from npm (tests/EndToEnd.Tests/webchat, test-only) and a tiny host page for it.
/// The service never serves either: the bundle comes from a Playwright route, and the host page is written into
/// a document the service itself returned (its small stylesheet), so the page keeps the service's loopback origin. A page whose
/// response is invented by a route counts as "public" for Chromium's local network access checks, and those
/// block its WebSocket to loopback.
/// </summary>
public static class MicrosoftWebChatBundle
{
    private const string ServedByTheService = "/chat.css";
    private const string ScriptPath = "/__test/webchat.js";

    private const string HostPage = """
        <!doctype html>
        <html lang="vi">
        <head><meta charset="utf-8"><title>Web Chat</title><script src="/__test/webchat.js"></script></head>
        <body>
          <div id="webchat" style="height: 600px"></div>
          <script>
            (async () => {
              const response = await fetch('/v3/directline/tokens/generate', { method: 'POST' });
              const { token } = await response.json();
              const directLine = window.WebChat.createDirectLine({ token, domain: location.origin + '/v3/directline' });
              window.WebChat.renderWebChat({ directLine, locale: 'en-US', sendTypingIndicator: SEND_TYPING }, document.getElementById('webchat'));
            })();
          </script>
        </body>
        </html>
        """;

    /// <summary>Opens the host page on the service's origin (same origin as Direct Line).</summary>
    /// <param name="sendTypingIndicator">Web Chat's own option: post <c>typing</c> while the person types.</param>
    public static async Task OpenAsync(IPage page, Uri baseUrl, bool sendTypingIndicator = false)
    {
        var bundle = await File.ReadAllBytesAsync(BundlePath());
        await page.RouteAsync(new Uri(baseUrl, ScriptPath).ToString(), route => route.FulfillAsync(new()
        {
            ContentType = "text/javascript; charset=utf-8",
            BodyBytes = bundle,
        }));
        await page.GotoAsync(new Uri(baseUrl, ServedByTheService).ToString());
        await page.SetContentAsync(HostPage.Replace("SEND_TYPING", sendTypingIndicator ? "true" : "false", StringComparison.Ordinal));
    }

    private static string BundlePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "EndToEnd.Tests", "webchat", "node_modules", "botframework-webchat", "dist", "webchat.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException(
            "Microsoft's Web Chat bundle is missing: run `npm ci --ignore-scripts` in tests/EndToEnd.Tests/webchat.");
    }
}

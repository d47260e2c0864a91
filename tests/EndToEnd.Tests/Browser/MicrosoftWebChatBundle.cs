using Microsoft.Playwright;

namespace HotlineBot.EndToEnd.Browser;

/// <summary>
/// Microsoft's Web Chat bundle from npm (tests/EndToEnd.Tests/node, test-only) and a tiny host page for it.
/// Both are served to the browser by Playwright routes, so the service under test never serves them.
/// </summary>
public static class MicrosoftWebChatBundle
{
    public const string PagePath = "/__test/microsoft-webchat.html";
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
              window.WebChat.renderWebChat({ directLine, locale: 'en-US' }, document.getElementById('webchat'));
            })();
          </script>
        </body>
        </html>
        """;

    /// <summary>Serves the host page and the bundle on the service's origin (same origin as Direct Line).</summary>
    public static async Task RouteAsync(IPage page, Uri baseUrl)
    {
        var bundle = await File.ReadAllBytesAsync(BundlePath());
        await page.RouteAsync(new Uri(baseUrl, ScriptPath).ToString(), route => route.FulfillAsync(new()
        {
            ContentType = "text/javascript; charset=utf-8",
            BodyBytes = bundle,
        }));
        await page.RouteAsync(new Uri(baseUrl, PagePath).ToString(), route => route.FulfillAsync(new()
        {
            ContentType = "text/html; charset=utf-8",
            Body = HostPage,
        }));
    }

    private static string BundlePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "EndToEnd.Tests", "node", "node_modules", "botframework-webchat", "dist", "webchat.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException(
            "Microsoft's Web Chat bundle is missing: run `npm ci --ignore-scripts` in tests/EndToEnd.Tests/node.");
    }
}

using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.Testing;
using Microsoft.Playwright;

namespace HotlineBot.EndToEnd.Browser;

/// <summary>
/// One Chromium and one running service (real Kestrel on loopback, real Redis) shared by the browser tests. Each test gets its own browser context
/// (fresh storage, cookies and permissions), sized like a small phone.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private RedisServer? redis;
    private HotlineServer? server;
    private ChromiumBrowser? chromium;

    public Uri BaseUrl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        redis = await RedisServer.StartAsync();
        server = await HotlineServer.StartAsync(redis.ConnectionString);
        BaseUrl = new Uri(server.BaseUrl + "/");
        chromium = await ChromiumBrowser.LaunchAsync();
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    public async Task DisposeAsync()
    {
        if (chromium is not null)
        {
            await chromium.DisposeAsync();
        }
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        if (redis is not null)
        {
            await redis.DisposeAsync();
        }
    }

    public async Task<IBrowserContext> NewPhoneContextAsync(Action<BrowserNewContextOptions>? configure = null)
    {
        var options = new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = 360, Height = 640 },
            IsMobile = true,
            HasTouch = true,
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
        };
        configure?.Invoke(options);
        var context = await chromium!.Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        await NeutralSite.StubAsync(context);
        return context;
    }
}

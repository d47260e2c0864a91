using HotlineBot.EndToEnd.Browser;
using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.Testing;
using Microsoft.Playwright;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>Redis, the service (always on duty, one account per role) and Chromium, for the console's browser tests.</summary>
public class ConsoleBrowserFixture : IAsyncLifetime
{
    private RedisServer? _redis;
    private ChromiumBrowser? _chromium;

    public HotlineServer Server { get; private set; } = null!;

    /// <summary>The service's settings (a derived fixture may add its own).</summary>
    protected virtual IDictionary<string, string?> Settings => ConsoleFixture.AlwaysOnDuty;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        Server = await HotlineServer.StartAsync(_redis.ConnectionString, Settings);
        await ConsoleFixture.SeedAccountsAsync(Server);
        _chromium = await ChromiumBrowser.LaunchAsync();
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    /// <summary>An operator's laptop.</summary>
    public async Task<IBrowserContext> NewLaptopContextAsync()
    {
        var context = await _chromium!.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseUrl + "/",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    /// <summary>A citizen's phone.</summary>
    public async Task<IBrowserContext> NewPhoneContextAsync()
    {
        var context = await _chromium!.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseUrl + "/",
            ViewportSize = new ViewportSize { Width = 360, Height = 640 },
            IsMobile = true,
            HasTouch = true,
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
        });
        context.SetDefaultTimeout(15_000);
        await NeutralSite.StubAsync(context);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
        await Server.DisposeAsync();
        await _redis!.DisposeAsync();
    }
}

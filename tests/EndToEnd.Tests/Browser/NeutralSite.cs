using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace HotlineBot.EndToEnd.Browser;

/// <summary>
/// The neutral site Quick Exit sends people to. Tests answer it with a local stub: the machine has no internet
/// and a test must never touch the real network.
/// </summary>
public static class NeutralSite
{
    public const string Host = "www.google.com";

    /// <summary>The address Quick Exit goes to (the page's data-exit-url, percent-encoded by the browser).</summary>
    public static readonly Regex Address = new(@"^https://www\.google\.com/search\?q=");

    public static Task StubAsync(IBrowserContext context) =>
        context.RouteAsync(
            url => new Uri(url).Host == Host,
            route => route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200,
                ContentType = "text/html; charset=utf-8",
                Body = "<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Thời tiết</title><p>Thời tiết hôm nay</p></html>",
            }));

    public static bool IsNeutral(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host == Host;
}

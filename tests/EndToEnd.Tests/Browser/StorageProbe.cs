using Microsoft.Playwright;
using System.Text.Json;

namespace HotlineBot.EndToEnd.Browser;

/// <summary>Looks everywhere a browser could keep a trace of the chat.</summary>
public static class StorageProbe
{
    private const string PageStorageScript = """
        async () => ({
          localStorage: localStorage.length,
          sessionStorage: sessionStorage.length,
          cookies: document.cookie,
          indexedDb: (await indexedDB.databases()).length,
          caches: 'caches' in window ? (await caches.keys()).length : 0,
          search: location.search,
          hash: location.hash,
        })
        """;

    /// <summary>The page has written nothing to any storage and nothing to its URL.</summary>
    public static async Task ExpectPageEmptyAsync(IPage page)
    {
        var found = await page.EvaluateAsync<JsonElement>(PageStorageScript);
        Assert.Equal(0, found.GetProperty("localStorage").GetInt32());
        Assert.Equal(0, found.GetProperty("sessionStorage").GetInt32());
        Assert.Equal(string.Empty, found.GetProperty("cookies").GetString());
        Assert.Equal(0, found.GetProperty("indexedDb").GetInt32());
        Assert.Equal(0, found.GetProperty("caches").GetInt32());
        Assert.Equal(string.Empty, found.GetProperty("search").GetString());
        Assert.Equal(string.Empty, found.GetProperty("hash").GetString());
    }

    /// <summary>No cookies, local storage or IndexedDB for any origin in the whole browser context.</summary>
    public static async Task ExpectContextEmptyAsync(IBrowserContext context)
    {
        using var state = JsonDocument.Parse(await context.StorageStateAsync(new() { IndexedDB = true }));
        Assert.Empty(state.RootElement.GetProperty("cookies").EnumerateArray());
        foreach (var origin in state.RootElement.GetProperty("origins").EnumerateArray())
        {
            var name = origin.GetProperty("origin").GetString();
            Assert.True(IsEmpty(origin, "localStorage"), $"localStorage kept for {name}");
            Assert.True(IsEmpty(origin, "indexedDB"), $"IndexedDB kept for {name}");
        }
    }

    private static bool IsEmpty(JsonElement origin, string property) =>
        !origin.TryGetProperty(property, out var items) || items.GetArrayLength() == 0;
}

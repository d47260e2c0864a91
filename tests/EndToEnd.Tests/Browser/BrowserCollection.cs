
namespace HotlineBot.EndToEnd.Browser;

/// <summary>Browser tests share one Chromium and one service; they run one at a time (2 cores, shared).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

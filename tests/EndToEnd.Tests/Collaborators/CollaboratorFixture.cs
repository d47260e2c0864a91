using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.Testing;

namespace HotlineBot.EndToEnd.Collaborators;

/// <summary>One Redis and the service configured with one collaborator access code, hashed as a deployer would.</summary>
public sealed class CollaboratorFixture : IAsyncLifetime
{
    /// <summary>A made-up code; configuration only ever holds <see cref="Hash"/> (printed by <c>hash-access-code</c>).</summary>
    public const string Code = "ma-thu-nghiem-2026";

    public const string Hash = "AQAAAAIAAYagAAAAEHFB309wvOb/Ffe7b8toWm1br5uL+Y+IszesjkTiIdhqAYW/k0zbUCYs4k3iS6nkIw==";

    public const string Issuer = "UBND xã Thử Nghiệm, Lạng Sơn";

    public RedisServer Redis { get; private set; } = null!;

    public HotlineServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        Server = await HotlineServer.StartAsync(Redis.ConnectionString, new Dictionary<string, string?>
        {
            ["Collaborators:AccessCodes:0:Issuer"] = Issuer,
            ["Collaborators:AccessCodes:0:Hash"] = Hash,
            ["Collaborators:AccessCodes:0:Province"] = "lang-son",
        });
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Redis.DisposeAsync();
    }
}

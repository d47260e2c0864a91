using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.Operators;
using HotlineBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>
/// One Redis and one service, operators always on duty, and one account per role (password <see cref="Password"/>):
/// <c>op-lan</c>, <c>op-minh</c> (operators), <c>sup-hoa</c> (supervisor), <c>ctv-binh</c> (collaborator), <c>admin-tuan</c> (admin).
/// </summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    public const string Password = "mật-khẩu-thử-nghiệm-đủ-dài";

    public static readonly Dictionary<string, string?> AlwaysOnDuty = new()
    {
        ["Console:OnDutyFrom"] = "00:00",
        ["Console:OnDutyTo"] = "00:00",
        ["Console:MaxFailedLogins"] = "3",
    };

    public RedisServer Redis { get; private set; } = null!;

    public HotlineServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        Server = await HotlineServer.StartAsync(Redis.ConnectionString, AlwaysOnDuty);
        await SeedAccountsAsync(Server);
    }

    public static async Task SeedAccountsAsync(HotlineServer server)
    {
        var accounts = server.Services.GetRequiredService<OperatorAccountStore>();
        await accounts.SaveAsync("op-lan", OperatorRoles.Operator, Password);
        await accounts.SaveAsync("op-minh", OperatorRoles.Operator, Password);
        await accounts.SaveAsync("sup-hoa", OperatorRoles.Supervisor, Password);
        await accounts.SaveAsync("ctv-binh", OperatorRoles.Collaborator, Password);
        await accounts.SaveAsync("admin-tuan", OperatorRoles.Admin, Password);
    }

    public async Task<ConsoleClient> SignedInAsync(string name)
    {
        var client = new ConsoleClient(Server.BaseUrl);
        var response = await client.LoginAsync(name, Password);
        response.EnsureSuccessStatusCode();
        return client;
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Redis.DisposeAsync();
    }
}

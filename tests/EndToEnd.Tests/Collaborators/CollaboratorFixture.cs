using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.EndToEnd.OperatorConsole;
using HotlineBot.Operators;
using HotlineBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HotlineBot.EndToEnd.Collaborators;

/// <summary>
/// One Redis and the service (accounts lock after 3 failed sign-ins, as in <see cref="ConsoleFixture"/>). Each test
/// makes its own collaborator account (<see cref="NewCollaboratorAsync"/>), so lockouts and disables never leak between tests.
/// </summary>
public sealed class CollaboratorFixture : IAsyncLifetime
{
    public const string Password = "mat-khau-cong-tac-vien-2026";

    public RedisServer Redis { get; private set; } = null!;

    public HotlineServer Server { get; private set; } = null!;

    public OperatorAccountStore Accounts => Server.Services.GetRequiredService<OperatorAccountStore>();

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        Server = await HotlineServer.StartAsync(Redis.ConnectionString, ConsoleFixture.AlwaysOnDuty);
    }

    /// <summary>A fresh collaborator account of Lạng Sơn with <see cref="Password"/>; returns its name.</summary>
    public async Task<string> NewCollaboratorAsync()
    {
        var name = "ctv-" + Guid.NewGuid().ToString("N")[..10];
        await Accounts.SaveAsync(name, OperatorRoles.Collaborator, Password, "lang-son");
        return name;
    }

    /// <summary>Signs the collaborator in at the console and asks for a web chat token, as /console/cong-tac-vien/ does.</summary>
    public async Task<(ConsoleClient Console, string Token)> CollaboratorTokenAsync(string name)
    {
        var console = new ConsoleClient(Server.BaseUrl);
        (await console.LoginAsync(name, Password)).EnsureSuccessStatusCode();
        var response = await console.PostAsync("/console/api/collaborator/directline-token");
        response.EnsureSuccessStatusCode();
        return (console, (await DirectLineClient.ReadJsonAsync(response))["token"]!.GetValue<string>());
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Redis.DisposeAsync();
    }
}

using System.Runtime.CompilerServices;
using HotlineBot.Collaborators;
using HotlineBot.Operators;
using StackExchange.Redis;

namespace HotlineBot.Tests.Collaborators;

/// <summary>
/// A made-up collaborator account of a commune of Lạng Sơn (report deadlines 15/6 and 15/12), saved with
/// <see cref="OperatorAccountStore"/> on a real Redis under a key prefix of its own per test, so tests never share
/// an account (or its lockout counter).
/// </summary>
public static class TestCollaborators
{
    public const string Name = "ctv.langson";

    public const string Password = "mat-khau-thu-nghiem-2026";

    /// <summary>The console's rules for the account: 5 failed sign-ins in a row lock it for 15 minutes.</summary>
    public static ConsoleOptions Console() => new() { MaxFailedLogins = 5, LockoutDuration = TimeSpan.FromMinutes(15) };

    public static CollaboratorOptions Options() => new()
    {
        MaxAttempts = 3,
        UnlockDuration = TimeSpan.FromHours(8),
        LockoutDuration = TimeSpan.FromHours(1),
    };

    /// <summary>A store of its own for the calling test, holding the collaborator account <see cref="Name"/>.</summary>
    public static async Task<(OperatorAccountStore Store, OperatorAccount Account)> CreateAsync(
        IConnectionMultiplexer redis, TimeProvider? clock = null, string? province = "lang-son", [CallerMemberName] string test = "")
    {
        var store = new OperatorAccountStore(redis, clock ?? TimeProvider.System, Console(), $"hb:test:collaborators:{test}:{Guid.NewGuid():N}:");
        var (_, account) = await store.SaveAsync(Name, OperatorRoles.Collaborator, Password, province);
        return (store, account);
    }
}

using HotlineBot.Operators;

namespace HotlineBot.Cli;

/// <summary>
/// <c>disable-user --name N [--enable]</c>: disables a staff account (or enables it again). A disabled account cannot
/// sign in at the console or in chat; its sessions end at once and a collaborator's chat token stops at its next refresh.
/// </summary>
public sealed class DisableUserVerb : ICliVerb
{
    public string Name => "disable-user";

    public string Summary => "disable a console or collaborator account (or enable it again with --enable)";

    public string Usage => """
        usage: disable-user --name NAME [--enable] [--redis CONN]
          Disables the account: no sign-in at the console or in chat, open sessions end, a collaborator's web chat token
          is not renewed. --enable lets it sign in again (with the same password).
          Redis: --redis, else ConnectionStrings:Redis (environment ConnectionStrings__Redis or appsettings.json).
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliIo io, CancellationToken cancellationToken = default)
    {
        var list = args.ToList();
        var at = list.IndexOf("--name");
        var name = at >= 0 && at + 1 < list.Count ? list[at + 1] : null;
        if (name is null || !OperatorAccountStore.IsValidName(name))
        {
            await io.Error.WriteLineAsync(Usage);
            return 2;
        }
        var enable = list.Contains("--enable");
        var redis = await CliRedis.ConnectAsync(args, io, Name);
        if (redis is null)
        {
            return 1;
        }
        using var connection = redis as IDisposable;
        if (!await new OperatorAccountStore(redis, TimeProvider.System, new ConsoleOptions()).SetDisabledAsync(name, !enable, cancellationToken))
        {
            await io.Error.WriteLineAsync($"disable-user: no account named {name}");
            return 1;
        }
        await io.Out.WriteLineAsync($"disable-user: {name} {(enable ? "enabled" : "disabled")}");
        return 0;
    }
}

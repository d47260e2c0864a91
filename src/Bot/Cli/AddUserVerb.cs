using HotlineBot.Operators;
using HotlineBot.Referral.Gazetteer;

namespace HotlineBot.Cli;

/// <summary>
/// <c>add-user --name N --role R [--province P]</c>: creates a staff account (or resets its password and role), password
/// from stdin. A collaborator's province picks the report deadlines the collaborator area shows.
/// </summary>
public sealed class AddUserVerb : ICliVerb
{
    public string Name => "add-user";

    public string Summary => "create a console account, or reset its password and role (password read from stdin)";

    public string Usage => $"""
        usage: add-user --name NAME --role ROLE [--province ID] [--redis CONN]
          NAME   3–32 characters: a-z 0-9 . _ - (lower case), starting with a letter or digit
          ROLE   {string.Join(" | ", OperatorRoles.All)}
                 (collaborator: opens "Dành cho cộng tác viên" in chat or SMS with this name and password, or at
                 /console/ which opens the collaborator web chat)
          ID     optional province id from dialogs/gazetteer/provinces.csv (e.g. lang-son): its report deadlines
                 are shown to this collaborator; kept when an existing account is reset without it
          The password is read from the first line of stdin (at least {new ConsoleOptions().MinPasswordLength} characters) and is never printed.
          An existing account gets the new password and role, and its open sessions end.
          Redis: --redis, else ConnectionStrings:Redis (environment ConnectionStrings__Redis or appsettings.json).
          e.g.  printf '%s\n' "$PASSWORD" | dotnet run --project src/Bot -- add-user --name lan --role operator
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliIo io, CancellationToken cancellationToken = default)
    {
        var name = Value(args, "--name");
        var role = Value(args, "--role");
        if (name is null || role is null)
        {
            await io.Error.WriteLineAsync(Usage);
            return 2;
        }
        if (!OperatorAccountStore.IsValidName(name))
        {
            await io.Error.WriteLineAsync("add-user: --name must be 3–32 characters of a-z 0-9 . _ - (lower case)");
            return 2;
        }
        if (!OperatorRoles.IsValid(role))
        {
            await io.Error.WriteLineAsync($"add-user: --role must be one of {string.Join(", ", OperatorRoles.All)}");
            return 2;
        }
        var province = Value(args, "--province");
        if (province is not null && Gazetteer.Load(io.ContentRoot).Provinces.All(p => p.Id != province))
        {
            await io.Error.WriteLineAsync("add-user: --province must be a province id from dialogs/gazetteer/provinces.csv (e.g. lang-son)");
            return 2;
        }
        var password = (await io.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? "";
        var options = new ConsoleOptions();
        if (password.Length < options.MinPasswordLength)
        {
            await io.Error.WriteLineAsync($"add-user: the password (first line of stdin) must have at least {options.MinPasswordLength} characters");
            return 2;
        }
        var redis = await CliRedis.ConnectAsync(args, io, Name);
        if (redis is null)
        {
            return 1;
        }
        using var connection = redis as IDisposable;
        var (created, account) = await new OperatorAccountStore(redis, TimeProvider.System, options).SaveAsync(name, role, password, province, cancellationToken);
        await io.Out.WriteLineAsync($"add-user: {(created ? "created" : "updated")} {account.Name} ({account.Role}), id {account.Id}");
        return 0;
    }

    private static string? Value(IReadOnlyList<string> args, string option)
    {
        var i = args.ToList().IndexOf(option);
        return i >= 0 && i + 1 < args.Count ? args[i + 1] : null;
    }
}

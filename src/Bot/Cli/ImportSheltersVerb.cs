using HotlineBot.Referral.Directory;
using HotlineBot.Referral.Gazetteer;

namespace HotlineBot.Cli;

/// <summary><c>import-shelters FILE</c>: validates every row of a CSV/JSON directory file, then writes it all or nothing.</summary>
public sealed class ImportSheltersVerb : ICliVerb
{
    public string Name => "import-shelters";

    public string Summary => "import places of help from a CSV or JSON file (all rows validated first; all or nothing)";

    public string Usage => """
        usage: import-shelters FILE [--dry-run] [--redis CONN] [--who NAME]
          FILE       .csv (header row with the columns below) or .json (array of objects with those properties)
                     columns: id,kind,name,organisation,province,commune,address,lat,lon,phones,schedule,
                              capacity_total,capacity_available,accepts_children,accepts_men,disability_access,
                              overnight,languages,status,visibility,verified_by,verified_at,demo
          --dry-run  validate only
          Every row is checked first; any error is printed as FILE:LINE: problem and nothing is written (exit 1).
          Re-importing the same file changes nothing; live occupancy (capacity_available) of known places is kept.
          Redis: --redis, else ConnectionStrings:Redis (environment ConnectionStrings__Redis or appsettings.json).
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliIo io, CancellationToken cancellationToken = default)
    {
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--redis" or "--who")
            {
                i++;
            }
            else if (args[i] != "--dry-run")
            {
                positional.Add(args[i]);
            }
        }
        if (positional is not [var file] || file.StartsWith("--", StringComparison.Ordinal))
        {
            await io.Error.WriteLineAsync(Usage);
            return 2;
        }
        if (!File.Exists(file))
        {
            await io.Error.WriteLineAsync($"import-shelters: no such file: {file}");
            return 1;
        }
        var gazetteer = Gazetteer.Load(io.ContentRoot);
        var who = Value(args, "--who") is [var w] ? w : "cli:" + Environment.UserName;
        if (args.Contains("--dry-run"))
        {
            var errors = new List<ImportError>();
            var places = new ShelterImporter(null!, gazetteer).Validate(file, errors);
            return await ReportAsync(io, errors, $"import-shelters: {places.Count} places valid (dry run, nothing written)");
        }
        var redis = await CliRedis.ConnectAsync(args, io, Name);
        if (redis is null)
        {
            return 1;
        }
        using var connection = redis as IDisposable;
        var store = new RedisPlaceStore(redis, TimeProvider.System);
        var result = await new ShelterImporter(store, gazetteer).ImportAsync(file, who, cancellationToken);
        return await ReportAsync(io, [.. result.Errors], $"import-shelters: {result.Written} written, {result.Unchanged} unchanged");
    }

    private static async Task<int> ReportAsync(CliIo io, List<ImportError> errors, string success)
    {
        foreach (var e in errors.OrderBy(e => e.Line))
        {
            await io.Error.WriteLineAsync(e.ToString());
        }
        if (errors.Count > 0)
        {
            await io.Error.WriteLineAsync($"import-shelters: {errors.Count} errors; nothing was written");
            return 1;
        }
        await io.Out.WriteLineAsync(success);
        return 0;
    }

    private static string[] Value(IReadOnlyList<string> args, string option)
    {
        var i = args.ToList().IndexOf(option);
        return i >= 0 && i + 1 < args.Count ? [args[i + 1]] : [];
    }
}

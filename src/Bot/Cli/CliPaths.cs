namespace HotlineBot.Cli;

/// <summary>
/// Relative file arguments of a verb. <c>dotnet run --project src/Bot</c> runs in the project folder, not where the
/// command was typed, so a relative path that does not exist here is looked for from each parent folder in turn
/// (from the repository root, <c>tests/data/…</c> then works as typed).
/// </summary>
public static class CliPaths
{
    /// <summary>An existing file: as given, else found from a parent folder; as given when nowhere.</summary>
    public static string Input(string path) =>
        Path.IsPathRooted(path) || File.Exists(path) ? path : Candidates(path).FirstOrDefault(File.Exists) ?? path;

    /// <summary>A file to write: as given when its folder exists, else under the first parent folder where it does.</summary>
    public static string Output(string path)
    {
        var folder = Path.GetDirectoryName(path);
        if (Path.IsPathRooted(path) || string.IsNullOrEmpty(folder) || Directory.Exists(folder))
        {
            return path;
        }
        return Candidates(path).FirstOrDefault(c => Directory.Exists(Path.GetDirectoryName(c))) ?? path;
    }

    private static IEnumerable<string> Candidates(string path)
    {
        for (var dir = Directory.GetParent(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            yield return Path.Combine(dir.FullName, path);
        }
    }
}

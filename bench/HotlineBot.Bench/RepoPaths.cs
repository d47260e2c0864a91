namespace HotlineBot.Bench;

/// <summary>Finds files of the repository from wherever the benchmark binary runs.</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the nearest folder above the binary (or the working folder) holding HotlineBot.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "HotlineBot.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("Cannot find the repository root (HotlineBot.sln) above the benchmark binary or the working folder.");
    }
}

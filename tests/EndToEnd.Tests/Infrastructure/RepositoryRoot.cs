namespace HotlineBot.EndToEnd.Infrastructure;

/// <summary>The checkout's root (the folder holding HotlineBot.sln), found from the test binary's folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "HotlineBot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("HotlineBot.sln not found above " + AppContext.BaseDirectory);
    }
}

namespace HotlineBot.Hosting;

/// <summary>
/// Finds the folder holding <c>dialogs/</c> and <c>wwwroot/</c>: <c>Hotline:ContentRoot</c> if set, else next to the
/// binary (both are copied to the build output), so the service works from any working directory.
/// </summary>
public static class ContentRootLocator
{
    public static string Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }
        return AppContext.BaseDirectory;
    }

    /// <summary>Reads <c>Hotline:ContentRoot</c> from the command line or environment before the host is built.</summary>
    public static string FromArgs(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
        return Locate(configuration["Hotline:ContentRoot"]);
    }
}

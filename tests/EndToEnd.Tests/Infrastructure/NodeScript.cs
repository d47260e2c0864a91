using System.Diagnostics;

namespace HotlineBot.EndToEnd.Infrastructure;

/// <summary>Runs a test-only Node script whose npm dependencies `./hotline test` installed; fails loudly if they are missing.</summary>
public static class NodeScript
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string relativeScript, params string[] args)
    {
        var script = Path.Combine(RepositoryRoot.Path, relativeScript);
        var modules = Path.Combine(Path.GetDirectoryName(script)!, "node_modules");
        if (!Directory.Exists(modules))
        {
            throw new InvalidOperationException($"{modules} is missing: run ./hotline test (it runs npm ci there)");
        }
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}

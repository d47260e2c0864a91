using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace HotlineBot.Bench.Dialog;

/// <summary>Runs <c>node bench/node/dialog-bench.js N WARMUP_SECONDS ROUNDS</c> (Microsoft's botbuilder-dialogs) and reads its one-line JSON result.</summary>
public static class NodeDialogRun
{
    public sealed record Result(int Conversations, long Turns, long Replies, double Seconds, double TurnsPerSecond, double[] Rounds);

    public static async Task<Result> RunAsync(int conversations, TimeSpan warmup, int rounds)
    {
        var folder = RepoPaths.Of("bench", "node");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "botbuilder-dialogs")))
        {
            throw new InvalidOperationException($"botbuilder-dialogs is not installed: run `npm ci --ignore-scripts` in {folder}");
        }
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { Path.Combine(folder, "dialog-bench.js"), conversations.ToString(CultureInfo.InvariantCulture), warmup.TotalSeconds.ToString(CultureInfo.InvariantCulture), rounds.ToString(CultureInfo.InvariantCulture) },
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node dialog-bench.js exited with {process.ExitCode}: {await stderr}");
        }
        var line = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
        return JsonSerializer.Deserialize<Result>(line, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"unexpected output from node: {line}");
    }
}

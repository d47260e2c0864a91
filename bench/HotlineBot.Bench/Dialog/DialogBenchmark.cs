using System.Globalization;
using System.Runtime;

namespace HotlineBot.Bench.Dialog;

/// <summary>
/// <c>dialog [CONVERSATIONS]</c>: the 3-turn waterfall through our pipeline (single-threaded, then on all cores)
/// and on Microsoft's botbuilder-dialogs in Node, the same conversations and turns on both, each side warmed up
/// for the same time and measured in the same number of rounds; prints turns/s and the ratio.
/// </summary>
public sealed class DialogBenchmark : IBenchmark
{
    private const int Rounds = 3;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public string Name => "dialog";

    public string Summary => "3-turn waterfall, in-process: ours vs botbuilder-dialogs 4.23.3 (Node); [CONVERSATIONS=9000]";

    public async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var conversations = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 9_000;
        conversations = conversations / Rounds / Environment.ProcessorCount * Rounds * Environment.ProcessorCount;
        Console.WriteLine($"conversations: {conversations} × {IntakeWaterfall.Says.Length} turns = {conversations * IntakeWaterfall.Says.Length} turns, in {Rounds} rounds; warm-up {WarmUp.TotalSeconds:F0} s each side");
        Console.WriteLine($"runtime: .NET {Environment.Version}, server GC {GCSettings.IsServerGC}, {Environment.ProcessorCount} cores");

        var ours = new OurDialogRun();
        await ours.WarmUpAsync(WarmUp, workers: 1);
        var single = await MeasureAsync(ours, "single", conversations, workers: 1);
        Print("ours   single-threaded", single.Turns, single.Seconds, single.Rounds);

        var workers = Environment.ProcessorCount;
        await ours.WarmUpAsync(TimeSpan.FromSeconds(1), workers);
        var parallel = await MeasureAsync(ours, "parallel", conversations, workers);
        Print($"ours   {workers} workers", parallel.Turns, parallel.Seconds, parallel.Rounds);

        var theirs = await NodeDialogRun.RunAsync(conversations, WarmUp, Rounds);
        Print("theirs botbuilder-js (Node, 1 thread)", theirs.Turns, theirs.Seconds, theirs.Rounds);

        var ratio = single.Turns / single.Seconds / theirs.TurnsPerSecond;
        Console.WriteLine($"ratio ours/theirs, single-threaded both: {ratio:F1}×   (target ≥ 5×: {(ratio >= 5 ? "met" : "MISSED")})");
        Console.WriteLine($"ratio ours on {workers} cores / theirs: {parallel.Turns / parallel.Seconds / theirs.TurnsPerSecond:F1}×");
        return ratio >= 5 ? 0 : 1;
    }

    private static async Task<(long Turns, double Seconds, double[] Rounds)> MeasureAsync(OurDialogRun run, string name, int conversations, int workers)
    {
        long turns = 0;
        double seconds = 0;
        var rounds = new double[Rounds];
        for (var r = 0; r < Rounds; r++)
        {
            var (t, elapsed) = await run.RunAsync(name, conversations / Rounds, workers);
            turns += t;
            seconds += elapsed.TotalSeconds;
            rounds[r] = t / elapsed.TotalSeconds;
        }
        return (turns, seconds, rounds);
    }

    private static void Print(string what, long turns, double seconds, double[] rounds) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-38}: {turns,7} turns in {seconds,7:F3} s = {turns / seconds,8:F0} turns/s   (rounds: {string.Join(", ", rounds.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))})"));
}

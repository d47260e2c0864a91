using System.Diagnostics;
using System.Globalization;

namespace HotlineBot.Bench.Load;

/// <summary>Throughput and latency percentiles (nearest rank) of the turns completed inside a measured window.</summary>
public sealed record LatencyStats(long Count, TimeSpan Window, double P50Ms, double P95Ms, double P99Ms, double MaxMs, long Errors)
{
    public double PerSecond => Count / Window.TotalSeconds;

    /// <summary>CPU time used during the window by this process (client and server) and by redis-server children.</summary>
    public CpuTime Cpu { get; init; }

    public static LatencyStats From(IEnumerable<List<long>> perWorkerTicks, TimeSpan window, long errors)
    {
        var all = perWorkerTicks.SelectMany(l => l).ToArray();
        Array.Sort(all);
        double Ms(double q) => all.Length == 0 ? double.NaN : all[Math.Clamp((int)Math.Ceiling(q * all.Length) - 1, 0, all.Length - 1)] * 1000.0 / Stopwatch.Frequency;
        return new LatencyStats(all.Length, window, Ms(0.50), Ms(0.95), Ms(0.99), Ms(1.0), errors);
    }

    public string Format(string unit) => string.Create(CultureInfo.InvariantCulture,
        $"{Count,8} {unit} in {Window.TotalSeconds:F1} s = {PerSecond,8:F0} {unit}/s   p50 {P50Ms,6:F2} ms  p95 {P95Ms,6:F2} ms  p99 {P99Ms,6:F2} ms  max {MaxMs,7:F2} ms  errors {Errors}" +
        $"\n{"",29}CPU per {unit[..^1]}: {Cpu.Process.TotalMilliseconds * 1000 / Math.Max(1, Count),6:F0} µs this process + {Cpu.Redis.TotalMilliseconds * 1000 / Math.Max(1, Count),5:F0} µs redis-server" +
        $"  (window: {Cpu.Process.TotalSeconds:F1} s + {Cpu.Redis.TotalSeconds:F1} s CPU of {Environment.ProcessorCount * Window.TotalSeconds:F0} core-s)");
}

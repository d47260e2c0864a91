using System.Diagnostics;
using System.Globalization;

namespace HotlineBot.Bench.Load;

/// <summary>Throughput and latency percentiles (nearest rank) of the turns completed inside a measured window.</summary>
public sealed record LatencyStats(long Count, TimeSpan Window, double P50Ms, double P95Ms, double P99Ms, double MaxMs, long Errors)
{
    public double PerSecond => Count / Window.TotalSeconds;

    public static LatencyStats From(IEnumerable<List<long>> perWorkerTicks, TimeSpan window, long errors)
    {
        var all = perWorkerTicks.SelectMany(l => l).ToArray();
        Array.Sort(all);
        double Ms(double q) => all.Length == 0 ? double.NaN : all[Math.Clamp((int)Math.Ceiling(q * all.Length) - 1, 0, all.Length - 1)] * 1000.0 / Stopwatch.Frequency;
        return new LatencyStats(all.Length, window, Ms(0.50), Ms(0.95), Ms(0.99), Ms(1.0), errors);
    }

    public string Format(string unit) => string.Create(CultureInfo.InvariantCulture,
        $"{Count,8} {unit} in {Window.TotalSeconds:F1} s = {PerSecond,8:F0} {unit}/s   p50 {P50Ms,6:F2} ms  p95 {P95Ms,6:F2} ms  p99 {P99Ms,6:F2} ms  max {MaxMs,7:F2} ms  errors {Errors}");
}

using System.Diagnostics;

namespace HotlineBot.Bench.Load;

/// <summary>
/// A closed-loop load run: every worker repeats its turn as soon as the previous one is answered. Turns run during
/// the warm-up are not counted; a turn counts when it starts and ends inside the measured window.
/// </summary>
public static class LoadRun
{
    public static async Task<LatencyStats> RunAsync(IReadOnlyList<ILoadWorker> workers, TimeSpan warmUp, TimeSpan measure)
    {
        await Task.WhenAll(workers.Select(w => w.StartAsync(CancellationToken.None)));
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var windowStart = (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var windowEnd = windowStart + (long)(measure.TotalSeconds * Stopwatch.Frequency);
        long errors = 0;
        var latencies = workers.Select(_ => new List<long>(65536)).ToArray();

        async Task LoopAsync(int index)
        {
            await Task.Yield();
            var worker = workers[index];
            var mine = latencies[index];
            while (!stop.IsCancellationRequested)
            {
                var started = clock.ElapsedTicks;
                try
                {
                    await worker.TurnAsync(stop.Token);
                }
                catch (Exception) when (stop.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    if (Interlocked.Increment(ref errors) <= 3)
                    {
                        Console.Error.WriteLine($"worker {index}: {e.GetType().Name}: {e.Message}");
                    }
                    continue;
                }
                var ended = clock.ElapsedTicks;
                if (started >= windowStart && ended <= windowEnd)
                {
                    mine.Add(ended - started);
                }
            }
        }

        var loops = Enumerable.Range(0, workers.Count).Select(LoopAsync).ToArray();
        await Task.Delay(warmUp);
        var cpuBefore = CpuTime.Now();
        await Task.Delay(measure);
        var cpu = CpuTime.Now() - cpuBefore;
        await stop.CancelAsync();
        await Task.WhenAll(loops);
        return LatencyStats.From(latencies, measure, errors) with { Cpu = cpu };
    }
}

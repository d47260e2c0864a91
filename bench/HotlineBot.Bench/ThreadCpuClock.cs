using System.Runtime.InteropServices;

namespace HotlineBot.Bench;

/// <summary>CPU time consumed by the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), so a benchmark on a busy machine can report work per CPU-second next to wall-clock figures.</summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>Seconds of CPU used by this thread, or null where the clock is unavailable.</summary>
    public static double? Seconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        return ClockGetTime(ClockThreadCpuTimeId, out var ts) == 0 ? ts.Seconds + ts.Nanoseconds / 1e9 : null;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);
}

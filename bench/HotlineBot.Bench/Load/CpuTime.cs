namespace HotlineBot.Bench.Load;

/// <summary>CPU time used so far by this process and by the redis-server processes it started (read from /proc).</summary>
public readonly record struct CpuTime(TimeSpan Process, TimeSpan Redis)
{
    public static CpuTime Now()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return new CpuTime(self.TotalProcessorTime, RedisChildren());
    }

    public static CpuTime operator -(CpuTime a, CpuTime b) => new(a.Process - b.Process, a.Redis - b.Redis);

    private static TimeSpan RedisChildren()
    {
        var total = TimeSpan.Zero;
        if (!OperatingSystem.IsLinux())
        {
            return total;
        }
        var me = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // redis-server may run under another name (Debian links it to redis-check-rdb): match children by /proc/PID/stat.
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var name = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // fields[1] is the parent id; fields[11] and [12] are utime and stime in clock ticks (100 per second here).
                if (fields[1] == me && name.StartsWith("redis", StringComparison.Ordinal))
                {
                    total += TimeSpan.FromSeconds((long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / 100.0);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
            {
            }
        }
        return total;
    }
}

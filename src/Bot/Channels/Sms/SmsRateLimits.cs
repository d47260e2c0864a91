using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// Per-number (by its keyed-hash conversation id) and global limits on inbound texts, in this instance's memory.
/// Over a limit a text gets a polite reply that still carries the emergency numbers — never silence.
/// </summary>
public sealed class SmsRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SmsRateLimits(IOptions<SmsOptions> options, TimeProvider clock)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<string, string>(_ => RateLimitPartition.GetFixedWindowLimiter("all", _ =>
                new FixedWindowRateLimiterOptions { PermitLimit = o.GlobalPerSecond, Window = TimeSpan.FromSeconds(1) })),
            PartitionedRateLimiter.Create<string, string>(conversationId => RateLimitPartition.GetFixedWindowLimiter(conversationId, _ =>
                new FixedWindowRateLimiterOptions { PermitLimit = o.PerNumberPerMinute, Window = TimeSpan.FromMinutes(1) })));
    }

    /// <summary>True if a text from this conversation may be handled now.</summary>
    public bool TryAcquire(string conversationId)
    {
        using var lease = _limiter.AttemptAcquire(conversationId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}

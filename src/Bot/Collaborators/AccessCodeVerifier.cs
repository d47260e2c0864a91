using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace HotlineBot.Collaborators;

/// <summary>
/// Checks a typed access code against every configured hash, at most <see cref="CollaboratorOptions.CodeChecksPerMinute"/>
/// times a minute on this instance. The code is never logged or stored.
/// </summary>
public sealed class AccessCodeVerifier(IOptions<CollaboratorOptions> options) : IDisposable
{
    private readonly FixedWindowRateLimiter _checks = new(new FixedWindowRateLimiterOptions
    {
        PermitLimit = options.Value.CodeChecksPerMinute,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    });

    public bool AnyConfigured => options.Value.AccessCodes.Count > 0;

    /// <summary>
    /// Checks <paramref name="typed"/>: false when too many codes were checked this minute (nothing was checked);
    /// otherwise true, with the matching code's settings in <paramref name="match"/> or null for a wrong code.
    /// Every hash is tried, so a match takes as long as a miss.
    /// </summary>
    public bool TryVerify(string? typed, out AccessCodeOptions? match)
    {
        match = null;
        using var lease = _checks.AttemptAcquire();
        if (!lease.IsAcquired)
        {
            return false;
        }
        match = Verify(typed);
        return true;
    }

    /// <summary>The configured code <paramref name="typed"/> matches, or null (not rate-limited: for tests and tools).</summary>
    public AccessCodeOptions? Verify(string? typed)
    {
        var code = typed?.Trim() ?? "";
        if (code.Length is 0 or > AccessCodeHasher.MaxCodeLength)
        {
            return null;
        }
        AccessCodeOptions? found = null;
        foreach (var entry in options.Value.AccessCodes)
        {
            if (AccessCodeHasher.Verify(entry.Hash, code))
            {
                found ??= entry;
            }
        }
        return found;
    }

    public void Dispose() => _checks.Dispose();
}

using Microsoft.Extensions.Options;

namespace HotlineBot.Collaborators;

/// <summary>Checks a typed access code against every configured hash. The code is never logged or stored.</summary>
public sealed class AccessCodeVerifier(IOptions<CollaboratorOptions> options)
{
    public bool AnyConfigured => options.Value.AccessCodes.Count > 0;

    /// <summary>The configured code <paramref name="typed"/> matches, or null. Every hash is tried, so a match takes as long as a miss.</summary>
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
}

namespace HotlineBot.Language;

/// <summary>64-bit FNV-1a hashes of syllables and bigrams, so model features need no string allocation.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(string s)
    {
        var h = Offset;
        foreach (var c in s)
        {
            h = (h ^ c) * Prime;
        }
        return h;
    }

    /// <summary>The hash of <paramref name="prefix"/> followed by <paramref name="s"/>, without building the string.</summary>
    public static ulong Of(char prefix, string s)
    {
        var h = (Offset ^ prefix) * Prime;
        foreach (var c in s)
        {
            h = (h ^ c) * Prime;
        }
        return h;
    }

    public static ulong Pair(ulong first, ulong second) => ((first * 31) ^ (second + 0x9E3779B97F4A7C15UL)) * Prime;
}

namespace HotlineBot.Knowledge;

/// <summary>The <c>verified:</c> values as written in the YAML files.</summary>
public static class VerificationNames
{
    public static IReadOnlyDictionary<string, Verification> All { get; } = new Dictionary<string, Verification>(StringComparer.Ordinal)
    {
        ["checked"] = Verification.Checked,
        ["partial"] = Verification.Partial,
        ["title-only"] = Verification.TitleOnly,
        ["unverified"] = Verification.Unverified,
    };

    public static string Name(Verification level) => All.First(p => p.Value == level).Key;
}

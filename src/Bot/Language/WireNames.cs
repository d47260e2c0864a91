namespace HotlineBot.Language;

/// <summary>The lower-case wire names of <see cref="Intent"/> and <see cref="RiskLevel"/>.</summary>
public static class WireNames
{
    private static readonly string[] Intents = ["emergency", "disclosure", "legal", "procedure", "shelter", "smalltalk", "other"];
    private static readonly string[] Risks = ["none", "low", "medium", "high"];

    public static IReadOnlyList<string> AllIntents => Intents;

    public static string Name(this Intent intent) => Intents[(int)intent];

    public static string Name(this RiskLevel risk) => Risks[(int)risk];

    public static bool TryParseIntent(string name, out Intent intent)
    {
        var i = Array.IndexOf(Intents, name.Trim().ToLowerInvariant());
        intent = i < 0 ? Intent.Other : (Intent)i;
        return i >= 0;
    }
}

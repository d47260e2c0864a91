using HotlineBot.Dialogs;

namespace HotlineBot.Safety;

/// <summary>
/// Interim emergency detection for the foundation: folded phrases that mean "I am in danger now". Deliberately
/// narrow and in memory. The language issue's triage (normaliser, negation, false friends, risk) replaces it.
/// </summary>
public static class EmergencyCues
{
    private static readonly string[] Phrases =
    [
        "cuu toi", "cuu em", "cuu voi", "cuu me", "cuu con", "giup toi voi", "giup em voi", "sos",
        "dang danh", "dang bi danh", "doa giet", "muon giet", "se giet", "cam dao", "dang nguy hiem", "gap nguy hiem",
        "muon tu tu", "muon chet",
    ];

    public static bool IsEmergency(string? text)
    {
        var folded = " " + TextFolding.Fold(text) + " ";
        return Phrases.Any(p => folded.Contains(" " + p + " ", StringComparison.Ordinal));
    }
}

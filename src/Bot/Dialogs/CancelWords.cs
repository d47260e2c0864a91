namespace HotlineBot.Dialogs;

/// <summary>Words that, as the whole message, abandon every dialog and take the user back to the main menu.</summary>
internal static class CancelWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "huy", "huy bo", "thoat", "menu", "quay lai menu", "ve menu", "menu chinh",
    };

    /// <summary>The folded cancel word, or null if the text is not one.</summary>
    public static string? Match(string? text) => TextFolding.Fold(text) is { Length: > 0 } folded && Words.Contains(folded) ? folded : null;
}

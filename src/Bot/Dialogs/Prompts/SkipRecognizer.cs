namespace HotlineBot.Dialogs;

/// <summary>
/// Reads "I'd rather not answer" and "stop asking" from everyday Vietnamese, with or without diacritics and in
/// teen-code ("ko biet", "k muon tra loi", "thoi dung lai"). Pronouns and particles around the phrase are
/// ignored ("dạ em không biết ạ"); anything else makes it not a match. Compared folded (<see cref="TextFolding"/>).
/// </summary>
internal static class SkipRecognizer
{
    private static readonly HashSet<string> SkipPhrases = new(StringComparer.Ordinal)
    {
        "bo qua", "bo", "skip", "qua", "khong muon tra loi", "khong tra loi", "khong muon noi", "khong biet", "chua biet",
        "khong ro", "khong chac", "khong nho", "kb", "kbiet",
    };

    private static readonly HashSet<string> StopPhrases = new(StringComparer.Ordinal)
    {
        "thoi", "dung", "dung lai", "thoi dung lai", "ngung", "ngung lai", "stop", "khong tra loi nua", "khong hoi nua",
        "thoi khong tra loi nua", "du roi", "thoi du roi",
    };

    /// <summary>Teen-code spellings of "không" (the only word these phrases need normalised).</summary>
    private static readonly HashSet<string> Khong = new(StringComparer.Ordinal) { "ko", "k", "kg", "khg", "hong", "hok", "hem", "kh" };

    /// <summary>Pronouns and particles that may surround the phrase.</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "da", "nhe", "nha", "oi", "minh", "toi", "tui", "em", "to", "chi", "anh", "con", "ban", "lam", "cau", "nay", "nhi",
        "xin", "cho", "di",
    };

    public static bool IsSkip(string input) => SkipPhrases.Contains(Core(input));

    public static bool IsStop(string input) => StopPhrases.Contains(Core(input));

    /// <summary>The folded words with teen-code "không" normalised and filler words dropped.</summary>
    private static string Core(string input) =>
        string.Join(' ', TextFolding.Tokens(input).Select(w => Khong.Contains(w) ? "khong" : w).Where(w => !Filler.Contains(w)));
}

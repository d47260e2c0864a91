using HotlineBot.Dialogs;

namespace HotlineBot.Handoff;

/// <summary>
/// What a waiting citizen says to withdraw their request for a counsellor, as the whole message (with or without
/// diacritics): "hủy", "hủy yêu cầu", "thôi không cần nữa", the "Hủy yêu cầu" button… A sentence that merely contains
/// one of these ("hủy hẹn với anh ta rồi") is not a cancel.
/// </summary>
public static class CitizenCancel
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "huy", "huy bo", "huy yeu cau", "huy yc", "huy cho", "huy gap tu van vien", "khong cho nua", "thoi khong cho nua",
        "thoi khong can nua", "khong can nua", "thoi khong can", "toi khong can nua", "minh khong can nua",
    };

    public static bool Matches(string? text) =>
        Phrases.Contains(TextFolding.Fold(text));
}

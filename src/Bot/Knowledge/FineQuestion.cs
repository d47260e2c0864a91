namespace HotlineBot.Knowledge;

/// <summary>
/// Whether a question asks about a penalty ("bị phạt bao nhiêu", "phat may trieu", "có bị xử phạt không"), read from
/// its folded bigrams. "phạt" and "phát" fold alike, so the syllable alone is not enough ("phát hiện" is no penalty).
/// </summary>
public static class FineQuestion
{
    private static readonly HashSet<string> Bigrams = new(StringComparer.Ordinal)
    {
        "bi_phat", "xu_phat", "muc_phat", "nop_phat", "phat_tien", "phat_bao", "phat_may", "phat_duoc", "phat_khong",
        "phat_the", "phat_nhu", "phat_gi", "phat_nang", "phat_hanh_chinh", "phat_vi", "phat_nhieu", "tien_phat", "an_phat",
    };

    private static readonly string[] Phrases = ["may_trieu", "bao_nhieu_tien", "bi_xu"];

    public static bool Asks(IEnumerable<string> terms) => terms.Any(t => Bigrams.Contains(t) || Phrases.Contains(t));
}

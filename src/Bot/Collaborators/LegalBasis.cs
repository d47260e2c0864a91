namespace HotlineBot.Collaborators;

/// <summary>
/// Why a procedure is what it is: an article of a law or decree ("13/2022/QH15:25"), a whole law when its article
/// number is not checked ("13/2022/QH15"), or another document such as a provincial plan. Only checked sources are
/// accepted (<c>checked:</c> in the file says how).
/// </summary>
/// <param name="Law">Official number ("13/2022/QH15"), or null for another document (a plan, a guidance letter).</param>
/// <param name="Article">Article number, or null when the law as a whole is meant.</param>
/// <param name="Citation">As shown: "Điều 25 Luật Phòng, chống bạo lực gia đình 2022".</param>
/// <param name="Note">What the source says, in a few plain words.</param>
public sealed record LegalBasis(string? Law, int? Article, string Citation, string Note)
{
    /// <summary>"law:article" (or "law") as in dialogs/knowledge; null for a document.</summary>
    public string? Ref => Law is null ? null : Article is { } a ? $"{Law}:{a}" : Law;
}

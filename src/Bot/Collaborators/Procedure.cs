namespace HotlineBot.Collaborators;

/// <summary>
/// One collaborator procedure from <c>dialogs/procedures/{Id}.yaml</c>: a short step-by-step guide with its legal basis.
/// Steps may hold placeholders (<see cref="ProcedurePlaceholders"/>) filled when shown.
/// </summary>
/// <param name="Label">The menu option (≤ 40 characters: a quick-reply chip, on SMS a numbered line).</param>
/// <param name="Keywords">Phrases a collaborator might type to find this procedure ("tin báo", "cấm tiếp xúc").</param>
public sealed record Procedure(
    string Id,
    int Order,
    string Label,
    string Title,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Steps,
    IReadOnlyList<LegalBasis> LegalBasis);

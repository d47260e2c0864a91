using System.Globalization;
using System.Text.RegularExpressions;
using HotlineBot.Content;

namespace HotlineBot.Collaborators;

/// <summary>
/// Turns a procedure into the short messages a collaborator reads, one step per message ("Bước 2/6: …"), the first
/// one under the procedure's title, and the legal basis at the end ("Căn cứ: Điều 25 Luật …"). Pure: no state.
/// </summary>
public sealed partial class ProcedureViewer(MessageTemplates messages)
{
    /// <summary>Step <paramref name="index"/> (zero-based) with its placeholders filled; the first step carries the title.</summary>
    public string Step(Procedure procedure, int index, ReportSchedule schedule, string numbersLine)
    {
        var count = procedure.Steps.Count.ToString(CultureInfo.InvariantCulture);
        var step = messages.Render(MessageIds.CollaboratorStep,
            ("index", (index + 1).ToString(CultureInfo.InvariantCulture)),
            ("count", count),
            ("text", Fill(procedure.Steps[index], ProcedurePlaceholders.Values(schedule, numbersLine))));
        return index > 0
            ? step
            : messages.Render(MessageIds.CollaboratorTitle, ("title", procedure.Title), ("count", count)) + " " + step;
    }

    public bool IsLast(Procedure procedure, int index) => index >= procedure.Steps.Count - 1;

    /// <summary>"Căn cứ: Điều 25 Luật … (note); Điều 14 Nghị định … (note)."</summary>
    public string LegalBasis(Procedure procedure) =>
        messages.Render(MessageIds.CollaboratorLegalBasis,
            ("citations", string.Join("; ", procedure.LegalBasis.Select(b => $"{b.Citation} ({b.Note})"))));

    /// <summary>Fills <c>{name}</c> placeholders; the loader has already refused unknown ones.</summary>
    public static string Fill(string text, (string Name, string Value)[] values) =>
        Placeholder().Replace(text, m => values.FirstOrDefault(v => v.Name == m.Groups[1].Value).Value ?? m.Value);

    [GeneratedRegex(@"\{([a-zA-Z][a-zA-Z0-9_]*)\}")]
    private static partial Regex Placeholder();
}

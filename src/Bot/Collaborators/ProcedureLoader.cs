using System.Globalization;
using System.Text.RegularExpressions;
using HotlineBot.Content;
using YamlDotNet.RepresentationModel;

namespace HotlineBot.Collaborators;

/// <summary>
/// Reads and validates dialogs/procedures/: <c>laws.yaml</c> (official number → name used in citations),
/// <c>report-deadlines.yaml</c> (<see cref="ReportDeadlinesReader"/>) and one <c>{id}.yaml</c> per procedure (schema in
/// dialogs/procedures/README.md). Every problem is collected as <c>file:line: what is wrong</c>, then thrown together.
/// </summary>
public static partial class ProcedureLoader
{
    public const string FolderName = "procedures";
    public const string LawsFile = "laws.yaml";
    public const string DeadlinesFile = "report-deadlines.yaml";
    public const int MaxLabelLength = 40;
    public const int MaxTitleLength = 90;
    public const int MaxSteps = 12;

    /// <summary>A step is one SMS-sized message: at most this many characters (before placeholders are filled)…</summary>
    public const int MaxStepLength = 200;

    /// <summary>…and at most this many sentences.</summary>
    public const int MaxStepSentences = 2;

    private static readonly string[] ProcedureKeys = ["id", "order", "label", "title", "keywords", "steps", "legal_basis"];
    private static readonly string[] BasisKeys = ["ref", "document", "note", "checked"];

    /// <param name="dialogsFolder">The dialogs/ folder.</param>
    /// <param name="provinceIds">Province ids that report-deadlines.yaml may name (the gazetteer's).</param>
    public static ProcedureLibrary Load(string dialogsFolder, IEnumerable<string> provinceIds)
    {
        var folder = Path.Combine(dialogsFolder, FolderName);
        if (!Directory.Exists(folder))
        {
            throw new ContentException([$"{folder}: folder not found (set Hotline:ContentRoot to the folder holding dialogs/)"]);
        }
        var problems = new List<string>();
        var laws = ReadLaws(Path.Combine(folder, LawsFile), problems);
        var deadlines = ReportDeadlinesReader.Read(Path.Combine(folder, DeadlinesFile), new HashSet<string>(provinceIds, StringComparer.Ordinal), problems);
        var procedures = new List<Procedure>();
        var files = Directory.GetFiles(folder, "*.yaml").Where(f => Path.GetFileName(f) is not (LawsFile or DeadlinesFile)).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            problems.Add($"{folder}: no procedure files (*.yaml besides {LawsFile} and {DeadlinesFile})");
        }
        foreach (var file in files)
        {
            if (ReadProcedure(file, laws, problems) is not { } procedure)
            {
                continue;
            }
            if (procedures.FirstOrDefault(p => p.Order == procedure.Order || p.Label == procedure.Label) is { } clash)
            {
                problems.Add($"{file}:1: procedure '{procedure.Id}' has the same order or label as '{clash.Id}'");
                continue;
            }
            procedures.Add(procedure);
        }
        if (problems.Count > 0 || deadlines is null)
        {
            throw new ContentException(problems);
        }
        return new ProcedureLibrary(procedures, deadlines);
    }

    private static Dictionary<string, string> ReadLaws(string file, List<string> problems)
    {
        var laws = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ContentLoader.ParseMapping(file, problems, "expected a mapping of official number → name") is not { } root)
        {
            return laws;
        }
        foreach (var (key, value) in root.Children)
        {
            var number = (key as YamlScalarNode)?.Value ?? "";
            var name = (value as YamlScalarNode)?.Value?.Trim();
            if (!LawNumber().IsMatch(number))
            {
                problems.Add($"{file}:{key.Start.Line}: '{number}' is not an official number such as 13/2022/QH15 or 76/2023/NĐ-CP");
            }
            else if (string.IsNullOrEmpty(name) || name.Length > 120)
            {
                problems.Add($"{file}:{key.Start.Line}: law '{number}' needs a name of 1–120 characters");
            }
            else
            {
                laws[number] = name;
            }
        }
        return laws;
    }

    private static Procedure? ReadProcedure(string file, IReadOnlyDictionary<string, string> laws, List<string> problems)
    {
        var before = problems.Count;
        if (ContentLoader.ParseMapping(file, problems, $"a procedure must be a mapping with {string.Join(", ", ProcedureKeys)}") is not { } root)
        {
            return null;
        }
        var fields = new YamlFields(file, root, problems);
        fields.AllowOnly(ProcedureKeys, "a procedure");
        var id = fields.Text("id", 40);
        var expectedId = Path.GetFileNameWithoutExtension(file);
        if (id is not null && (!IdPattern().IsMatch(id) || id != expectedId))
        {
            problems.Add($"{fields.At(fields.Node("id"))}: id '{id}' must be lower-case letters, digits and '-', and match the file name ('{expectedId}')");
        }
        var order = (fields.Node("order") as YamlScalarNode)?.Value;
        if (!int.TryParse(order, NumberStyles.None, CultureInfo.InvariantCulture, out var position) || position < 1)
        {
            problems.Add($"{fields.At(fields.Node("order"))}: 'order' must be a whole number from 1 (the position in the menu)");
        }
        var label = fields.Text("label", MaxLabelLength);
        var title = fields.Text("title", MaxTitleLength);
        var keywords = fields.List("keywords", 40, 40);
        var steps = fields.List("steps", MaxSteps, int.MaxValue);
        foreach (var (step, node) in steps ?? [])
        {
            CheckStep(fields.At(node), step, problems);
        }
        var basis = ReadLegalBasis(fields, laws, problems);
        return problems.Count == before
            ? new Procedure(id!, position, label!, title!, [.. keywords!.Select(k => k.Text)], [.. steps!.Select(s => s.Text)], basis)
            : null;
    }

    private static void CheckStep(string at, string step, List<string> problems)
    {
        if (step.Length > MaxStepLength)
        {
            problems.Add($"{at}: a step has {step.Length} characters; keep it to {MaxStepLength} (one short SMS-sized message)");
        }
        var sentences = SentenceEnd().Matches(step).Count + (SentenceEnd().IsMatch(step[^1..]) ? 0 : 1);
        if (sentences > MaxStepSentences)
        {
            problems.Add($"{at}: a step has {sentences} sentences; keep it to {MaxStepSentences}");
        }
        if (step.Count(c => c == '{') != step.Count(c => c == '}'))
        {
            problems.Add($"{at}: unbalanced braces in a step");
        }
        foreach (var name in MessageTemplates.PlaceholdersIn(step).Where(n => !ProcedurePlaceholders.All.Contains(n)))
        {
            problems.Add($"{at}: unknown placeholder {{{name}}} (known: {string.Join(", ", ProcedurePlaceholders.All.Order())})");
        }
    }

    private static List<LegalBasis> ReadLegalBasis(YamlFields fields, IReadOnlyDictionary<string, string> laws, List<string> problems)
    {
        var list = new List<LegalBasis>();
        if (fields.Node("legal_basis") is not YamlSequenceNode items || items.Children.Count == 0)
        {
            problems.Add($"{fields.At(fields.Node("legal_basis"))}: 'legal_basis' must be a non-empty list of {{ref or document, note, checked}}");
            return list;
        }
        foreach (var item in items.Children)
        {
            if (item is not YamlMappingNode map)
            {
                problems.Add($"{fields.At(item)}: each legal basis must be a mapping {{ref or document, note, checked}}");
                continue;
            }
            var entry = new YamlFields(fields.File, map, problems);
            entry.AllowOnly(BasisKeys, "a legal basis");
            var reference = entry.Text("ref", 40, required: false);
            var document = entry.Text("document", 160, required: false);
            var note = entry.Text("note", 160);
            entry.Text("checked", 300); // how it was verified: required, never shown
            if ((reference is null) == (document is null))
            {
                problems.Add($"{entry.At(map)}: a legal basis needs exactly one of 'ref' (\"law:article\") or 'document'");
                continue;
            }
            if (document is not null)
            {
                list.Add(new LegalBasis(null, null, document, note ?? ""));
                continue;
            }
            var match = RefPattern().Match(reference!);
            if (!match.Success)
            {
                problems.Add($"{entry.At(entry.Node("ref"))}: ref '{reference}' must be \"law:article\" (e.g. \"13/2022/QH15:25\") or a law number alone");
                continue;
            }
            var law = match.Groups["law"].Value;
            if (!laws.TryGetValue(law, out var name))
            {
                problems.Add($"{entry.At(entry.Node("ref"))}: law '{law}' is not in {LawsFile}");
                continue;
            }
            int? article = match.Groups["article"].Success ? int.Parse(match.Groups["article"].Value, CultureInfo.InvariantCulture) : null;
            list.Add(new LegalBasis(law, article, article is { } a ? $"Điều {a} {name}" : name, note ?? ""));
        }
        return list;
    }

    [GeneratedRegex(@"^\d{1,4}/\d{4}/[\p{Lu}\d-]+$")]
    private static partial Regex LawNumber();

    [GeneratedRegex(@"^(?<law>\d{1,4}/\d{4}/[\p{Lu}\d-]+)(?::(?<article>[1-9]\d{0,2}))?$")]
    private static partial Regex RefPattern();

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    /// <summary>A full stop, question or exclamation mark that ends a sentence (followed by a space or the end).</summary>
    [GeneratedRegex(@"[.!?…](?=\s|$)")]
    private static partial Regex SentenceEnd();
}

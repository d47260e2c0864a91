using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HotlineBot.Content;

/// <summary>
/// Reads and validates dialogs/: <c>messages/*.yaml</c> (id → text or list of variants) and <c>menu.yaml</c>
/// (list of <c>{id, label}</c>) and <c>danger-assessment.yaml</c> (<see cref="DangerQuestionnaireLoader"/>). Collects every problem as <c>file:line: what is wrong</c> and throws them together.
/// </summary>
public static class ContentLoader
{
    public static HotlineContent Load(string dialogsFolder)
    {
        var problems = new List<string>();
        var templates = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var definedAt = new Dictionary<string, string>(StringComparer.Ordinal);
        var messagesFolder = Path.Combine(dialogsFolder, "messages");
        if (!Directory.Exists(messagesFolder))
        {
            throw new ContentException([$"{messagesFolder}: folder not found (set Hotline:ContentRoot to the folder holding dialogs/)"]);
        }
        foreach (var file in Directory.GetFiles(messagesFolder, "*.yaml").Order(StringComparer.Ordinal)
            .Where(f => Path.GetFileName(f) != DiscreetVocabularyLoader.FileName)) // a word list, not messages
        {
            ReadMessages(file, templates, definedAt, problems);
        }
        CheckDiscreetVariants(templates, definedAt, problems);
        var menu = ReadMenu(Path.Combine(dialogsFolder, "menu.yaml"), problems);
        var dangerAssessment = DangerQuestionnaireLoader.Read(Path.Combine(dialogsFolder, DangerQuestionnaireLoader.FileName), problems);
        if (problems.Count > 0 || dangerAssessment is null)
        {
            throw new ContentException(problems);
        }
        return new HotlineContent(new MessageTemplates(templates), menu, dangerAssessment);
    }

    private static void ReadMessages(string file, Dictionary<string, IReadOnlyList<string>> templates, Dictionary<string, string> definedAt, List<string> problems)
    {
        if (Parse(file, problems) is not YamlMappingNode root)
        {
            return;
        }
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var at = $"{file}:{keyNode.Start.Line}";
            var id = (keyNode as YamlScalarNode)?.Value;
            if (string.IsNullOrWhiteSpace(id))
            {
                problems.Add($"{at}: a message id must be a non-empty text");
                continue;
            }
            var variants = valueNode switch
            {
                YamlScalarNode s => [s.Value ?? ""],
                YamlSequenceNode seq => seq.Children.Select(c => (c as YamlScalarNode)?.Value ?? "").ToList(),
                _ => new List<string>(),
            };
            if (variants.Count == 0 || variants.Any(string.IsNullOrWhiteSpace))
            {
                problems.Add($"{at}: message '{id}' needs a text, or a list of non-empty texts");
                continue;
            }
            foreach (var v in variants.Where(v => v.Count(c => c == '{') != v.Count(c => c == '}')))
            {
                problems.Add($"{at}: message '{id}' has unbalanced braces in \"{v}\"");
            }
            if (!templates.TryAdd(id, variants))
            {
                problems.Add($"{at}: message '{id}' is defined twice");
            }
            definedAt.TryAdd(id, at);
        }
    }

    /// <summary>
    /// A discreet variant (<c>{id}.discreet</c>) needs its base message, may only use placeholders the base uses (the code
    /// fills the base's), and a discreet list of choices keeps the base's length (the code routes on positions).
    /// </summary>
    private static void CheckDiscreetVariants(Dictionary<string, IReadOnlyList<string>> templates, Dictionary<string, string> definedAt, List<string> problems)
    {
        foreach (var (id, variants) in templates.Where(t => t.Key.EndsWith(DiscreetMessages.Suffix, StringComparison.Ordinal)))
        {
            var at = definedAt[id];
            var baseId = id[..^DiscreetMessages.Suffix.Length];
            if (!templates.TryGetValue(baseId, out var baseVariants))
            {
                problems.Add($"{at}: '{id}' is a discreet variant of '{baseId}', which is not defined");
                continue;
            }
            var allowed = baseVariants.SelectMany(MessageTemplates.PlaceholdersIn).ToHashSet(StringComparer.Ordinal);
            foreach (var unknown in variants.SelectMany(MessageTemplates.PlaceholdersIn).Where(p => !allowed.Contains(p)).Distinct())
            {
                problems.Add($"{at}: '{id}' uses {{{unknown}}}, which '{baseId}' does not (the code would not fill it)");
            }
            if (baseId.EndsWith("_choices", StringComparison.Ordinal) && variants.Count != baseVariants.Count)
            {
                problems.Add($"{at}: '{id}' needs {baseVariants.Count} choices, as many as '{baseId}', in the same order");
            }
        }
    }

    private static List<MenuItem> ReadMenu(string file, List<string> problems)
    {
        var menu = new List<MenuItem>();
        if (!File.Exists(file))
        {
            problems.Add($"{file}: file not found");
            return menu;
        }
        if (Parse(file, problems) is not YamlSequenceNode items)
        {
            problems.Add($"{file}:1: the menu must be a list of {{id, label}}");
            return menu;
        }
        foreach (var item in items.Children)
        {
            var at = $"{file}:{item.Start.Line}";
            var fields = (item as YamlMappingNode)?.Children.ToDictionary(p => (p.Key as YamlScalarNode)?.Value ?? "", p => (p.Value as YamlScalarNode)?.Value);
            var id = fields?.GetValueOrDefault("id");
            var label = fields?.GetValueOrDefault("label");
            if (id is null || !MenuIds.All.Contains(id))
            {
                problems.Add($"{at}: menu id must be one of {string.Join(", ", MenuIds.All)}");
            }
            else if (string.IsNullOrWhiteSpace(label) || label.Length > 40)
            {
                problems.Add($"{at}: menu item '{id}' needs a label of 1–40 characters");
            }
            else if (menu.Any(m => m.Id == id))
            {
                problems.Add($"{at}: menu item '{id}' appears twice");
            }
            else
            {
                menu.Add(new MenuItem(id, label));
            }
        }
        foreach (var missing in MenuIds.All.Except(menu.Select(m => m.Id)))
        {
            problems.Add($"{file}: menu item '{missing}' is missing");
        }
        return menu;
    }

    /// <summary>
    /// The file's top-level mapping, or null with one problem reported: the file is missing, its YAML is broken
    /// (file:line from the parser), or its top is not a mapping (<paramref name="expected"/> says what should be there).
    /// </summary>
    internal static YamlMappingNode? ParseMapping(string file, List<string> problems, string expected)
    {
        if (!File.Exists(file))
        {
            problems.Add($"{file}: file not found");
            return null;
        }
        var before = problems.Count;
        if (Parse(file, problems) is YamlMappingNode root)
        {
            return root;
        }
        if (problems.Count == before)
        {
            problems.Add($"{file}:1: {expected}");
        }
        return null;
    }

    internal static YamlNode? Parse(string file, List<string> problems)
    {
        try
        {
            using var reader = new StreamReader(file, System.Text.Encoding.UTF8);
            var stream = new YamlStream();
            stream.Load(reader);
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            problems.Add($"{file}:{e.Start.Line}: {e.Message}");
            return null;
        }
    }
}

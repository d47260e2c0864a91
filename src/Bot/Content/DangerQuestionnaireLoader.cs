using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace HotlineBot.Content;

/// <summary>
/// Reads and validates dialogs/danger-assessment.yaml: <c>levels: {low, medium, high}</c> (scores, 0 &lt; low ≤ medium
/// ≤ high) and <c>questions:</c> a list of <c>{id, text, weight, critical}</c>. Problems are added as <c>file:line: what</c>.
/// </summary>
internal static partial class DangerQuestionnaireLoader
{
    public const string FileName = "danger-assessment.yaml";
    public const int MaxQuestions = 12;
    public const int MaxTextLength = 200;
    public const int MaxWeight = 10;

    public static DangerQuestionnaire? Read(string file, List<string> problems)
    {
        var before = problems.Count;
        if (ContentLoader.ParseMapping(file, problems, "expected a mapping with 'levels' and 'questions'") is not { } root)
        {
            return null;
        }
        var levels = ReadLevels(file, Child(root, "levels"), problems);
        var questions = ReadQuestions(file, Child(root, "questions"), problems);
        return problems.Count == before && levels is var (low, medium, high)
            ? new DangerQuestionnaire(questions, low, medium, high)
            : null;
    }

    private static (int Low, int Medium, int High)? ReadLevels(string file, YamlNode? node, List<string> problems)
    {
        if (node is not YamlMappingNode map)
        {
            problems.Add($"{file}:{node?.Start.Line ?? 1}: 'levels' must be a mapping with low, medium and high scores");
            return null;
        }
        int? Score(string name)
        {
            var value = Child(map, name);
            if (value is YamlScalarNode { Value: { } s } && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                return n;
            }
            problems.Add($"{file}:{value?.Start.Line ?? map.Start.Line}: levels.{name} must be a whole number above 0");
            return null;
        }
        var (lowScore, mediumScore, highScore) = (Score("low"), Score("medium"), Score("high")); // all three, to report every problem
        if (lowScore is not { } low || mediumScore is not { } medium || highScore is not { } high)
        {
            return null;
        }
        if (!(low <= medium && medium <= high))
        {
            problems.Add($"{file}:{map.Start.Line}: levels must rise: low ({low}) ≤ medium ({medium}) ≤ high ({high})");
            return null;
        }
        return (low, medium, high);
    }

    private static List<DangerQuestion> ReadQuestions(string file, YamlNode? node, List<string> problems)
    {
        var questions = new List<DangerQuestion>();
        if (node is not YamlSequenceNode items || items.Children.Count == 0)
        {
            problems.Add($"{file}:{node?.Start.Line ?? 1}: 'questions' must be a non-empty list of {{id, text, weight}}");
            return questions;
        }
        if (items.Children.Count > MaxQuestions)
        {
            problems.Add($"{file}:{items.Start.Line}: at most {MaxQuestions} questions (it is for someone who may be in danger: keep it short)");
        }
        foreach (var item in items.Children)
        {
            if (ReadQuestion(file, item, problems) is not { } question)
            {
                continue;
            }
            if (questions.Any(q => q.Id == question.Id))
            {
                problems.Add($"{file}:{item.Start.Line}: question '{question.Id}' appears twice");
                continue;
            }
            questions.Add(question);
        }
        return questions;
    }

    private static DangerQuestion? ReadQuestion(string file, YamlNode item, List<string> problems)
    {
        var at = $"{file}:{item.Start.Line}";
        if (item is not YamlMappingNode map)
        {
            problems.Add($"{at}: a question must be a mapping {{id, text, weight}}");
            return null;
        }
        var id = Scalar(map, "id");
        var text = Scalar(map, "text")?.Trim();
        var weight = Scalar(map, "weight");
        var critical = Scalar(map, "critical") ?? "false";
        var count = problems.Count;
        if (id is null || !IdPattern().IsMatch(id))
        {
            problems.Add($"{at}: question id must be lower-case letters and '_' (it is stored and shown to operators)");
        }
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength || !text.EndsWith('?'))
        {
            problems.Add($"{at}: question '{id}' needs a text of 1–{MaxTextLength} characters ending with '?' (one question per message)");
        }
        if (!int.TryParse(weight, NumberStyles.None, CultureInfo.InvariantCulture, out var w) || w < 1 || w > MaxWeight)
        {
            problems.Add($"{at}: question '{id}' needs a weight from 1 to {MaxWeight}");
        }
        if (critical is not ("true" or "false"))
        {
            problems.Add($"{at}: question '{id}': critical must be true or false");
        }
        return problems.Count == count ? new DangerQuestion(id!, text!, w, critical == "true") : null;
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(p => (p.Key as YamlScalarNode)?.Value == key).Value;

    private static string? Scalar(YamlMappingNode map, string key) => (Child(map, key) as YamlScalarNode)?.Value;

    [GeneratedRegex("^[a-z][a-z_]*$")]
    private static partial Regex IdPattern();
}

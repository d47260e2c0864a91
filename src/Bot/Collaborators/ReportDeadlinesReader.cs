using HotlineBot.Content;
using YamlDotNet.RepresentationModel;

namespace HotlineBot.Collaborators;

/// <summary>
/// Reads dialogs/procedures/report-deadlines.yaml: <c>default:</c> a full <see cref="ReportSchedule"/>, and
/// <c>provinces:</c> a list of overrides <c>{province, source, …any default field}</c> naming gazetteer province ids.
/// </summary>
internal static class ReportDeadlinesReader
{
    private static readonly string[] DateKeys = ["six_month", "yearly", "action_month_start", "action_month_end"];
    private static readonly string[] DefaultKeys = [.. DateKeys, "receiver", "source"];
    /// <summary>An override may also say which seed document its example came from (<c>seed:</c>, documentation only).</summary>
    private static readonly string[] OverrideKeys = ["province", "seed", .. DefaultKeys];

    public static ReportDeadlines? Read(string file, IReadOnlySet<string> provinceIds, List<string> problems)
    {
        var before = problems.Count;
        if (ContentLoader.ParseMapping(file, problems, "expected a mapping with 'default' and 'provinces'") is not { } root)
        {
            return null;
        }
        var top = new YamlFields(file, root, problems);
        top.AllowOnly(["default", "provinces"], "report-deadlines.yaml");
        if (top.Node("default") is not YamlMappingNode defaultMap)
        {
            problems.Add($"{top.At(top.Node("default"))}: 'default' must be a mapping with {string.Join(", ", DefaultKeys)}");
            return null;
        }
        var defaults = ReadSchedule(new YamlFields(file, defaultMap, problems), fallback: null, DefaultKeys, "the default", problems);
        var byProvince = new Dictionary<string, ReportSchedule>(StringComparer.Ordinal);
        var overrides = top.Node("provinces");
        if (overrides is not null and not YamlSequenceNode)
        {
            problems.Add($"{top.At(overrides)}: 'provinces' must be a list of {{province, source, …}}");
        }
        foreach (var item in (overrides as YamlSequenceNode)?.Children ?? [])
        {
            if (item is not YamlMappingNode map)
            {
                problems.Add($"{file}:{item.Start.Line}: each province override must be a mapping {{province, source, …}}");
                continue;
            }
            var fields = new YamlFields(file, map, problems);
            var province = fields.Text("province", 40);
            if (province is not null && !provinceIds.Contains(province))
            {
                problems.Add($"{fields.At(fields.Node("province"))}: '{province}' is not a province id from dialogs/gazetteer/provinces.csv (the 34 units since 01/7/2025)");
                continue;
            }
            if (province is not null && byProvince.ContainsKey(province))
            {
                problems.Add($"{fields.At(map)}: province '{province}' appears twice");
                continue;
            }
            if (defaults is not null && province is not null
                && ReadSchedule(fields, defaults, OverrideKeys, $"province '{province}'", problems) is { } schedule)
            {
                byProvince[province] = schedule;
            }
        }
        return problems.Count == before && defaults is not null ? new ReportDeadlines(defaults, byProvince) : null;
    }

    /// <summary>A schedule from <paramref name="fields"/>; fields left out come from <paramref name="fallback"/> (except 'source').</summary>
    private static ReportSchedule? ReadSchedule(YamlFields fields, ReportSchedule? fallback, string[] keys, string what, List<string> problems)
    {
        var before = problems.Count;
        fields.AllowOnly(keys, what);
        DayMonth Date(string key, DayMonth? inherited)
        {
            var node = fields.Node(key);
            if (node is null && inherited is { } value)
            {
                return value;
            }
            if (DayMonth.Parse((node as YamlScalarNode)?.Value) is { } date)
            {
                return date;
            }
            problems.Add($"{fields.At(node)}: '{key}' of {what} must be a date day/month such as \"10/6\"");
            return default;
        }
        var sixMonth = Date("six_month", fallback?.SixMonth);
        var yearly = Date("yearly", fallback?.Yearly);
        var start = Date("action_month_start", fallback?.ActionMonthStart);
        var end = Date("action_month_end", fallback?.ActionMonthEnd);
        var receiver = fields.Text("receiver", 160, required: fallback is null) ?? fallback?.Receiver;
        var source = fields.Text("source", 300);
        return problems.Count == before ? new ReportSchedule(sixMonth, yearly, start, end, receiver!, source!) : null;
    }
}

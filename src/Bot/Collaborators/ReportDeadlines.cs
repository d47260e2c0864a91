namespace HotlineBot.Collaborators;

/// <summary>The default reporting calendar and the provinces that differ from it (by province id, e.g. <c>lang-son</c>).</summary>
public sealed class ReportDeadlines(ReportSchedule defaults, IReadOnlyDictionary<string, ReportSchedule> byProvince)
{
    public ReportSchedule Default { get; } = defaults;

    public IReadOnlyDictionary<string, ReportSchedule> ByProvince { get; } = byProvince;

    /// <summary>The calendar of <paramref name="provinceId"/>, or the default when it has none (or is null).</summary>
    public ReportSchedule For(string? provinceId) =>
        provinceId is not null && ByProvince.TryGetValue(provinceId, out var schedule) ? schedule : Default;
}

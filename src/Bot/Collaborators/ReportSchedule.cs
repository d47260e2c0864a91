namespace HotlineBot.Collaborators;

/// <summary>The reporting calendar of one province (or the default), from dialogs/procedures/report-deadlines.yaml.</summary>
/// <param name="Receiver">Who receives the reports, in words.</param>
/// <param name="Source">Where the dates come from (a plan, a seed), shown to the collaborator.</param>
public sealed record ReportSchedule(
    DayMonth SixMonth,
    DayMonth Yearly,
    DayMonth ActionMonthStart,
    DayMonth ActionMonthEnd,
    string Receiver,
    string Source);

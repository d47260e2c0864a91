namespace HotlineBot.Collaborators;

/// <summary>The placeholders a procedure step may use; anything else is refused at start-up.</summary>
public static class ProcedurePlaceholders
{
    /// <summary>The configured emergency numbers line (Hotline:EmergencyNumbers).</summary>
    public const string Numbers = "numbers";
    public const string ReportSixMonth = "report_six_month";
    public const string ReportYearly = "report_yearly";
    public const string ReportReceiver = "report_receiver";
    public const string ReportSource = "report_source";
    public const string ActionMonthStart = "action_month_start";
    public const string ActionMonthEnd = "action_month_end";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Numbers, ReportSixMonth, ReportYearly, ReportReceiver, ReportSource, ActionMonthStart, ActionMonthEnd,
    };

    /// <summary>The values for one collaborator: their province's calendar and the configured numbers.</summary>
    public static (string Name, string Value)[] Values(ReportSchedule schedule, string numbersLine) =>
    [
        (Numbers, numbersLine),
        (ReportSixMonth, schedule.SixMonth.ToString()),
        (ReportYearly, schedule.Yearly.ToString()),
        (ReportReceiver, schedule.Receiver),
        (ReportSource, schedule.Source),
        (ActionMonthStart, schedule.ActionMonthStart.ToString()),
        (ActionMonthEnd, schedule.ActionMonthEnd.ToString()),
    ];
}

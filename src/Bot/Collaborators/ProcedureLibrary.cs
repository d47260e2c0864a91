namespace HotlineBot.Collaborators;

/// <summary>Every collaborator procedure (in menu order) and the reporting calendars, loaded and validated at start-up.</summary>
public sealed class ProcedureLibrary(IReadOnlyList<Procedure> procedures, ReportDeadlines deadlines)
{
    public IReadOnlyList<Procedure> Procedures { get; } = [.. procedures.OrderBy(p => p.Order)];

    public ReportDeadlines Deadlines { get; } = deadlines;

    public Procedure? Find(string id) => Procedures.FirstOrDefault(p => p.Id == id);
}

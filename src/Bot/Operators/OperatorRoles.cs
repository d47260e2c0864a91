namespace HotlineBot.Operators;

/// <summary>The roles of staff accounts. Operators take cases; supervisors also see every case; admins manage accounts.</summary>
public static class OperatorRoles
{
    public const string Operator = "operator";
    public const string Supervisor = "supervisor";
    public const string Collaborator = "collaborator";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Operator, Supervisor, Collaborator, Admin];

    public static bool IsValid(string? role) => role is not null && All.Contains(role);
}

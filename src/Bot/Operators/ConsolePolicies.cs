using Microsoft.AspNetCore.Authorization;

namespace HotlineBot.Operators;

/// <summary>Authorization policies of the console, by role. Each endpoint group names exactly one.</summary>
public static class ConsolePolicies
{
    /// <summary>Takes and works cases: operators, supervisors, admins.</summary>
    public const string Cases = "console.cases";

    /// <summary>Sees every case and reassigns: supervisors and admins.</summary>
    public const string Supervise = "console.supervise";

    /// <summary>Manages accounts and the directory: admins.</summary>
    public const string Administer = "console.administer";

    /// <summary>Any signed-in staff account (collaborators included).</summary>
    public const string Staff = "console.staff";

    /// <summary>Opens the collaborator web chat (a Direct Line token vouching for the account): collaborators.</summary>
    public const string Collaborate = "console.collaborate";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Cases, p => p.RequireAuthenticatedUser().RequireRole(OperatorRoles.Operator, OperatorRoles.Supervisor, OperatorRoles.Admin));
        options.AddPolicy(Supervise, p => p.RequireAuthenticatedUser().RequireRole(OperatorRoles.Supervisor, OperatorRoles.Admin));
        options.AddPolicy(Administer, p => p.RequireAuthenticatedUser().RequireRole(OperatorRoles.Admin));
        options.AddPolicy(Collaborate, p => p.RequireAuthenticatedUser().RequireRole(OperatorRoles.Collaborator));
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole(OperatorRoles.All.ToArray()));
    }
}

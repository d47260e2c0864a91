using System.Security.Claims;

namespace HotlineBot.Operators;

/// <summary>The signed-in staff member of a request, read from the session cookie's claims.</summary>
public sealed record ConsoleUser(string Id, string Name, string Role)
{
    public const string StampClaim = "hb:stamp";

    /// <summary>How the audit stream names this person.</summary>
    public string Actor => Id;

    public bool Supervises => Role is OperatorRoles.Supervisor or OperatorRoles.Admin;

    public static ConsoleUser From(ClaimsPrincipal principal) => new(
        principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("not signed in"),
        principal.FindFirstValue(ClaimTypes.Name) ?? "",
        principal.FindFirstValue(ClaimTypes.Role) ?? "");

    public static ClaimsPrincipal PrincipalOf(OperatorAccount account, string scheme) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, account.Id),
        new Claim(ClaimTypes.Name, account.Name),
        new Claim(ClaimTypes.Role, account.Role),
        new Claim(StampClaim, account.Stamp),
    ], scheme));
}

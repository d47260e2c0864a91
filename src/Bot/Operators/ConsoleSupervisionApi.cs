using HotlineBot.Handoff;
using static HotlineBot.Operators.ConsoleViews;

namespace HotlineBot.Operators;

/// <summary>
/// Supervisors see every live case and can take one over; admins manage staff accounts (same rules as <c>add-user</c>)
/// and disable or re-enable them (as <c>disable-user</c>: sessions and collaborator chat tokens end at once).
/// Anti-forgery on every POST.
/// </summary>
public static class ConsoleSupervisionApi
{
    public static RouteGroupBuilder MapConsoleSupervision(this RouteGroupBuilder api)
    {
        var supervise = api.MapGroup("/supervise").RequireAuthorization(ConsolePolicies.Supervise).RequireConsoleAntiforgery();
        supervise.MapGet("/cases", (ConsoleReader reader, HttpContext http) => reader.HeldAsync(null, http.RequestAborted));
        supervise.MapPost("/cases/{id}/takeover", async (string id, HttpContext http, CaseDesk desk, OperatorAccountStore accounts) =>
        {
            var me = ConsoleUser.From(http.User);
            var account = await accounts.GetAsync(me.Name, http.RequestAborted);
            return account is null ? Results.Unauthorized() : ConsoleCaseApi.Map(await desk.TransferAsync(id, me, account, http.RequestAborted));
        });

        var admin = api.MapGroup("/admin").RequireAuthorization(ConsolePolicies.Administer).RequireConsoleAntiforgery();
        admin.MapGet("/users", async (OperatorAccountStore accounts, HttpContext http) =>
            (await accounts.ListAsync(http.RequestAborted)).Select(a => new AccountView(a.Id, a.Name, a.Role, a.Disabled)).ToList());
        admin.MapPost("/users", SaveUserAsync);
        admin.MapPost("/users/{name}/disabled", SetDisabledAsync);
        return api;
    }

    private static async Task<IResult> SaveUserAsync(NewUserRequest body, OperatorAccountStore accounts, HttpContext http, ILoggerFactory logs)
    {
        if (!OperatorAccountStore.IsValidName(body.Name) || !OperatorRoles.IsValid(body.Role) || body.Password is not { Length: > 0 and <= 256 })
        {
            return TypedResults.BadRequest(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = 400,
                Detail = $"Cần name (3–32 ký tự a-z 0-9 . _ -), role ({string.Join(", ", OperatorRoles.All)}) và password.",
            });
        }
        try
        {
            var (created, account) = await accounts.SaveAsync(body.Name!, body.Role!, body.Password, cancellationToken: http.RequestAborted);
            logs.CreateLogger(typeof(ConsoleSupervisionApi)).LogInformation("Account {AccountId} {Change} by {AdminId}", account.Id, created ? "created" : "reset", ConsoleUser.From(http.User).Id);
            return TypedResults.Ok(new StaffMember(account.Id, account.Name, account.Role));
        }
        catch (ArgumentException e)
        {
            return TypedResults.BadRequest(new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = 400, Detail = e.Message });
        }
    }

    private static async Task<IResult> SetDisabledAsync(string name, DisableRequest body, OperatorAccountStore accounts, HttpContext http, ILoggerFactory logs)
    {
        var me = ConsoleUser.From(http.User);
        if (body.Disabled is not { } disabled)
        {
            return TypedResults.BadRequest(new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = 400, Detail = "Cần disabled: true (khóa) hoặc false (mở khóa)." });
        }
        if (disabled && string.Equals(name, me.Name, StringComparison.Ordinal))
        {
            return TypedResults.BadRequest(new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = 400, Detail = "Không thể tự khóa tài khoản của chính mình." });
        }
        if (!await accounts.SetDisabledAsync(name, disabled, http.RequestAborted))
        {
            return TypedResults.NotFound();
        }
        var account = await accounts.GetAsync(name, http.RequestAborted);
        logs.CreateLogger(typeof(ConsoleSupervisionApi)).LogInformation("Account {AccountId} {Change} by {AdminId}", account?.Id, disabled ? "disabled" : "enabled", me.Id);
        return TypedResults.NoContent();
    }
}

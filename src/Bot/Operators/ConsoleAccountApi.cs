using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HotlineBot.Operators;

/// <summary>Sign-in and session endpoints of the console under <c>/console/api</c>.</summary>
public static class ConsoleAccountApi
{
    public sealed record LoginRequest(string? Name, string? Password);

    public sealed record Me(string Id, string Name, string Role);

    public sealed record AntiforgeryToken(string Token, string HeaderName);

    public static RouteGroupBuilder MapConsoleAccounts(this RouteGroupBuilder api)
    {
        api.MapGet("/antiforgery", IssueToken).AllowAnonymous();
        api.MapPost("/login", LoginAsync).AllowAnonymous().RequireConsoleAntiforgery();
        api.MapPost("/logout", (Func<HttpContext, OperatorAccountStore, Task<NoContent>>)LogoutAsync).RequireAuthorization(ConsolePolicies.Staff).RequireConsoleAntiforgery();
        api.MapGet("/me", (HttpContext http) => ToMe(ConsoleUser.From(http.User))).RequireAuthorization(ConsolePolicies.Staff);
        return api;
    }

    /// <summary>A token for the current user (anonymous before sign-in; ask again after signing in).</summary>
    private static Ok<AntiforgeryToken> IssueToken(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new AntiforgeryToken(tokens.RequestToken!, ConsoleAntiforgery.HeaderName));
    }

    private static async Task<Results<Ok<Me>, ProblemHttpResult>> LoginAsync(LoginRequest request, HttpContext http, OperatorAccountStore accounts, ILoggerFactory logs)
    {
        var log = logs.CreateLogger(typeof(ConsoleAccountApi));
        if (request.Name is not { Length: > 0 and <= 64 } || request.Password is not { Length: > 0 and <= 256 })
        {
            return TypedResults.Problem("Cần tên đăng nhập và mật khẩu.", statusCode: StatusCodes.Status400BadRequest);
        }
        var (outcome, account) = await accounts.SignInAsync(request.Name.Trim().ToLowerInvariant(), request.Password, http.RequestAborted);
        switch (outcome)
        {
            case LoginOutcome.LockedOut:
                log.LogWarning("Console sign-in refused: account locked");
                return TypedResults.Problem("Tài khoản tạm bị khoá vì đăng nhập sai nhiều lần. Vui lòng thử lại sau.", statusCode: StatusCodes.Status423Locked);
            case LoginOutcome.Disabled:
                log.LogWarning("Console sign-in refused: account {AccountState}", "disabled");
                return TypedResults.Problem("Tài khoản này đã bị quản trị viên tạm ngừng. Vui lòng liên hệ quản trị viên.", statusCode: StatusCodes.Status403Forbidden);
            case LoginOutcome.Invalid:
                log.LogWarning("Console sign-in refused: invalid credentials");
                return TypedResults.Problem("Sai tên đăng nhập hoặc mật khẩu.", statusCode: StatusCodes.Status401Unauthorized);
        }
        await http.SignInAsync(ConsoleServices.Scheme, ConsoleUser.PrincipalOf(account!, ConsoleServices.Scheme));
        log.LogInformation("Console sign-in of account {AccountId} ({Role})", account!.Id, account.Role);
        return TypedResults.Ok(new Me(account.Id, account.Name, account.Role));
    }

    /// <summary>Signs out everywhere: the account's stamp changes, so its other sessions and open streams end too.</summary>
    private static async Task<NoContent> LogoutAsync(HttpContext http, OperatorAccountStore accounts)
    {
        await accounts.RotateStampAsync(ConsoleUser.From(http.User).Name, http.RequestAborted);
        await http.SignOutAsync(ConsoleServices.Scheme);
        return TypedResults.NoContent();
    }

    private static Ok<Me> ToMe(ConsoleUser user) => TypedResults.Ok(new Me(user.Id, user.Name, user.Role));
}

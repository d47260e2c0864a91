using HotlineBot.Activities;
using HotlineBot.Channels.DirectLine;
using HotlineBot.Operators;

namespace HotlineBot.Collaborators;

/// <summary>
/// <c>POST /console/api/collaborator/directline-token</c>: a Direct Line token for a collaborator signed in at the
/// console (cookie, anti-forgery, role collaborator), for the chat page <c>/console/cong-tac-vien/</c>. The token carries
/// the account's id and stamp, signed, never its name; the adapter turns it into <see cref="Activity.Collaborator"/>, so
/// the collaborator area opens without asking for the password. Body as <c>/v3/directline/tokens/generate</c>:
/// optional <c>{"user":{"id":…}}</c>. Refreshing the token stops working once the account is disabled, locked or signed out.
/// </summary>
public static class CollaboratorChatApi
{
    public static RouteGroupBuilder MapCollaboratorChat(this RouteGroupBuilder api)
    {
        api.MapPost("/collaborator/directline-token", IssueAsync).RequireAuthorization(ConsolePolicies.Collaborate).RequireConsoleAntiforgery();
        return api;
    }

    private static async Task<IResult> IssueAsync(HttpContext http, OperatorAccountStore accounts, CollaboratorSignIn signIn, TokenService tokens, ILoggerFactory logs)
    {
        var (request, bad) = await DirectLineRequests.ReadOptionalAsync(http, DirectLineJson.Default.TokenRequest);
        if (bad is not null)
        {
            return bad;
        }
        var me = ConsoleUser.From(http.User);
        var account = await accounts.GetAsync(me.Name, http.RequestAborted);
        var claim = account is null ? null : new CollaboratorClaim(account.Id, account.Stamp);
        if (claim is null || await signIn.AccountOfAsync(claim, http.RequestAborted) is null)
        {
            return TypedResults.Problem("Tài khoản không còn dùng được cho khu vực cộng tác viên; hãy đăng nhập lại.", statusCode: StatusCodes.Status403Forbidden);
        }
        http.Response.Headers.CacheControl = "no-store";
        logs.CreateLogger(typeof(CollaboratorChatApi)).LogInformation("Collaborator chat token issued to account {AccountId}", claim.AccountId);
        var userId = DirectLineRequests.ValidUserId(request?.User?.Id) ?? TokenService.NewUserId();
        return DirectLineApi.Conversation(tokens, TokenService.NewConversationId(), userId, streamUrl: null, claim);
    }
}

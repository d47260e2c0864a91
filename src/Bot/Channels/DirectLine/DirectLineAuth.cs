using System.Security.Cryptography;
using System.Text;
using HotlineBot.Activities;
using Microsoft.Extensions.Options;

namespace HotlineBot.Channels.DirectLine;

/// <summary>
/// Who is calling: a token holder (one conversation) or a server with the secret (any conversation); a token the
/// console issued to a signed-in collaborator also carries <paramref name="Collaborator"/>.
/// </summary>
public sealed record DirectLineCaller(string? ConversationId, string UserId, bool UsesSecret, CollaboratorClaim? Collaborator = null)
{
    public bool MayOpen(string conversationId) => UsesSecret || ConversationId == conversationId;
}

/// <summary>Reads the bearer (or the stream's <c>t</c> query parameter) and turns it into a caller or a Direct Line error.</summary>
public sealed class DirectLineAuth(TokenService tokens, IOptions<DirectLineOptions> options)
{
    public (DirectLineCaller? Caller, IResult? Error) Authenticate(HttpContext http, bool allowQueryToken = false)
    {
        var bearer = BearerOf(http) ?? (allowQueryToken ? http.Request.Query["t"].FirstOrDefault() : null);
        if (string.IsNullOrEmpty(bearer))
        {
            return (null, DirectLineErrors.MissingToken());
        }
        if (IsSecret(bearer))
        {
            return (new DirectLineCaller(null, TokenService.NewUserId(), true), null);
        }
        var check = tokens.Check(bearer);
        return check.Token is { } t
            ? (new DirectLineCaller(t.ConversationId, t.UserId, false, t.Collaborator), null)
            : (null, check == TokenCheck.Expired ? DirectLineErrors.TokenExpired() : DirectLineErrors.InvalidToken());
    }

    private static string? BearerOf(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }

    private bool IsSecret(string bearer) =>
        options.Value.Secret is { Length: > 0 } secret
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(bearer), Encoding.UTF8.GetBytes(secret));
}

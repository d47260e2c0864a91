using System.Globalization;
using System.Text.Json;
using HotlineBot.Activities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace HotlineBot.Channels.DirectLine;

/// <summary>Direct Line 3.0 under <c>/v3/directline</c>, as DirectLineJS and Web Chat call it (PROTOCOLS §1).</summary>
public static class DirectLineApi
{
    public const string TokenRateLimit = "directline-tokens";

    public static RouteGroupBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v3/directline").WithTags("Direct Line").RequireCors(DirectLineCors.Policy);

        group.MapPost("/tokens/generate", GenerateTokenAsync).RequireRateLimiting(TokenRateLimit);
        group.MapPost("/tokens/refresh", RefreshTokenAsync);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/upload", Upload);
        group.Map("/conversations/{conversationId}/stream", StreamAsync).ExcludeFromDescription();
        return group;
    }

    private static async Task<IResult> GenerateTokenAsync(HttpContext http, TokenService tokens, DirectLineAuth auth)
    {
        // Anonymous by design: a citizen's page asks for a token with no credentials. A secret, if sent, must be right.
        if (http.Request.Headers.Authorization.Count > 0 && auth.Authenticate(http).Error is { } error)
        {
            return error;
        }
        var (request, bad) = await DirectLineRequests.ReadOptionalAsync(http, DirectLineJson.Default.TokenRequest);
        if (bad is not null)
        {
            return bad;
        }
        var userId = DirectLineRequests.ValidUserId(request?.User?.Id) ?? TokenService.NewUserId();
        var conversationId = TokenService.NewConversationId();
        return Conversation(tokens, conversationId, userId, streamUrl: null);
    }

    /// <summary>A collaborator's token is renewed only while the account still vouches for it (not disabled, same stamp).</summary>
    private static async Task<IResult> RefreshTokenAsync(HttpContext http, TokenService tokens, DirectLineAuth auth, Collaborators.CollaboratorSignIn collaborators)
    {
        var (caller, error) = auth.Authenticate(http);
        if (error is not null)
        {
            return error;
        }
        if (caller!.UsesSecret)
        {
            return DirectLineErrors.BadArgument("A secret does not expire; refresh a token instead.");
        }
        if (caller.Collaborator is { } claim && await collaborators.AccountOfAsync(claim, http.RequestAborted) is null)
        {
            return DirectLineErrors.InvalidToken();
        }
        return Conversation(tokens, caller.ConversationId!, caller.UserId, streamUrl: null, caller.Collaborator);
    }

    private static async Task<IResult> StartConversationAsync(HttpContext http, TokenService tokens, DirectLineAuth auth, DirectLineAdapter adapter, IOptions<Hosting.HotlineOptions> hotline)
    {
        var (caller, error) = auth.Authenticate(http);
        if (error is not null)
        {
            return error;
        }
        var (request, bad) = await DirectLineRequests.ReadOptionalAsync(http, DirectLineJson.Default.TokenRequest);
        if (bad is not null)
        {
            return bad;
        }
        var conversationId = caller!.ConversationId ?? TokenService.NewConversationId();
        var userId = caller.UsesSecret ? DirectLineRequests.ValidUserId(request?.User?.Id) ?? caller.UserId : caller.UserId;
        var started = await adapter.StartAsync(conversationId, userId, http.RequestAborted);
        var body = Conversation(tokens, conversationId, userId, StreamUrl(http, hotline.Value, tokens, conversationId, userId, 0), caller.Collaborator);
        return started ? TypedResults.Json(body.Value, DirectLineJson.Default.ConversationResponse, statusCode: StatusCodes.Status201Created) : body;
    }

    private static async Task<IResult> ReconnectAsync(string conversationId, string? watermark, HttpContext http, TokenService tokens, DirectLineAuth auth, IConversationLog log, IOptions<Hosting.HotlineOptions> hotline)
    {
        var (caller, error) = await DirectLineRequests.OpenAsync(http, auth, log, conversationId);
        if (error is not null)
        {
            return error;
        }
        if (!DirectLineRequests.TryWatermark(watermark, out var from))
        {
            return DirectLineErrors.BadArgument("watermark must be a non-negative whole number.");
        }
        var userId = caller!.UserId;
        return Conversation(tokens, conversationId, userId, StreamUrl(http, hotline.Value, tokens, conversationId, userId, from), caller.Collaborator);
    }

    private static async Task<IResult> PostActivityAsync(string conversationId, HttpContext http, DirectLineAuth auth, DirectLineAdapter adapter, IOptions<DirectLineOptions> options)
    {
        var (caller, error) = DirectLineRequests.Authorize(http, auth, conversationId);
        if (error is not null)
        {
            return error;
        }
        var (activity, bad) = await DirectLineRequests.ReadActivityAsync(http, options.Value);
        if (bad is not null)
        {
            return bad;
        }
        try
        {
            var stored = await adapter.PostAsync(conversationId, caller!.UserId, activity!, caller.Collaborator, http.RequestAborted);
            return TypedResults.Json(new ResourceResponse(stored.Id!), DirectLineJson.Default.ResourceResponse);
        }
        catch (ConversationNotFoundException)
        {
            return DirectLineErrors.ConversationNotFound();
        }
    }

    private static async Task<IResult> GetActivitiesAsync(string conversationId, string? watermark, HttpContext http, DirectLineAuth auth, IConversationLog log)
    {
        var (_, error) = await DirectLineRequests.OpenAsync(http, auth, log, conversationId);
        if (error is not null)
        {
            return error;
        }
        if (!DirectLineRequests.TryWatermark(watermark, out var from))
        {
            return DirectLineErrors.BadArgument("watermark must be a non-negative whole number.");
        }
        var page = await log.ReadAsync(conversationId, from, http.RequestAborted);
        return TypedResults.Bytes(page.ToActivitySetUtf8(), "application/json; charset=utf-8");
    }

    private static IResult Upload(string conversationId) =>
        DirectLineErrors.NotSupported("Attachments cannot be uploaded to this service yet; please send text.");

    private static async Task StreamAsync(string conversationId, string? watermark, HttpContext http, DirectLineAuth auth, IConversationLog log, ActivityStream stream)
    {
        var (_, error) = await DirectLineRequests.OpenAsync(http, auth, log, conversationId, allowQueryToken: true);
        if (error is null && !http.WebSockets.IsWebSocketRequest)
        {
            error = DirectLineErrors.BadArgument("This endpoint needs a WebSocket upgrade.");
        }
        if (error is null && !DirectLineRequests.TryWatermark(watermark, out _))
        {
            error = DirectLineErrors.BadArgument("watermark must be a non-negative whole number.");
        }
        if (error is not null)
        {
            await error.ExecuteAsync(http);
            return;
        }
        DirectLineRequests.TryWatermark(watermark, out var from);
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        await stream.RunAsync(socket, conversationId, from, http.RequestAborted);
    }

    /// <summary>The conversation object, its token carrying on the collaborator the caller's token vouched for (if any).</summary>
    public static JsonHttpResult<ConversationResponse> Conversation(TokenService tokens, string conversationId, string userId, string? streamUrl, CollaboratorClaim? collaborator = null) =>
        TypedResults.Json(new ConversationResponse(conversationId, tokens.Mint(conversationId, userId, collaborator), (int)tokens.Lifetime.TotalSeconds, streamUrl), DirectLineJson.Default.ConversationResponse);

    private static string StreamUrl(HttpContext http, Hosting.HotlineOptions hotline, TokenService tokens, string conversationId, string userId, int watermark)
    {
        var baseUrl = hotline.PublicBaseUrl is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        var ws = baseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "wss://" + baseUrl[8..] : "ws://" + baseUrl[(baseUrl.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var token = Uri.EscapeDataString(tokens.Mint(conversationId, userId));
        var url = $"{ws}/v3/directline/conversations/{conversationId}/stream?t={token}";
        return watermark > 0 ? url + "&watermark=" + watermark.ToString(CultureInfo.InvariantCulture) : url;
    }
}

namespace HotlineBot.Channels.DirectLine;

/// <summary>The Direct Line error responses this service gives, each with its status code.</summary>
public static class DirectLineErrors
{
    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult MissingToken() => Error(StatusCodes.Status401Unauthorized, "BadArgument", "Authorization: Bearer <token or secret> is required.");

    public static IResult InvalidToken() => Error(StatusCodes.Status403Forbidden, "TokenInvalid", "The token is not valid.");

    public static IResult TokenExpired() => Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; start a new conversation.");

    public static IResult WrongConversation() => Error(StatusCodes.Status403Forbidden, "BadArgument", "The token does not grant access to this conversation.");

    public static IResult ConversationNotFound() => Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found or ended.");

    public static IResult TooBig(string message) => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", message);

    public static IResult NotSupported(string message) => Error(StatusCodes.Status415UnsupportedMediaType, "NotSupported", message);

    public static IResult Unavailable(string message) => Error(StatusCodes.Status503ServiceUnavailable, "ServiceError", message);

    public static IResult Error(int status, string code, string message) =>
        TypedResults.Json(new ErrorResponse(new ErrorDetail(code, message)), DirectLineJson.Default.ErrorResponse, statusCode: status);
}

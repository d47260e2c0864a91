using System.Text.Json.Serialization;
using HotlineBot.Activities;

namespace HotlineBot.Channels.DirectLine;

/// <summary>Conversation object of Direct Line 3.0 (start, reconnect, token generate/refresh).</summary>
public sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);

/// <summary>The id assigned to a posted activity.</summary>
public sealed record ResourceResponse(string Id);

/// <summary>Direct Line error body: <c>{"error":{"code":…,"message":…}}</c>.</summary>
public sealed record ErrorResponse(ErrorDetail Error);

public sealed record ErrorDetail(string Code, string Message);

/// <summary>The optional body of token generation and start conversation: <c>{"user":{"id":…}}</c>.</summary>
public sealed record TokenRequest(TokenUser? User);

public sealed record TokenUser(string? Id, string? Name);

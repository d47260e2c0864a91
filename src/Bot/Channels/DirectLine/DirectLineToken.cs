namespace HotlineBot.Channels.DirectLine;

/// <summary>What a valid token grants: one conversation, for one user id, until it expires.</summary>
public sealed record DirectLineToken(string ConversationId, string UserId, DateTimeOffset ExpiresAt);

using HotlineBot.Activities;

namespace HotlineBot.Channels.DirectLine;

/// <summary>What a valid token grants: one conversation, for one user id, until it expires; and who vouches for a collaborator, if the console issued it.</summary>
public sealed record DirectLineToken(string ConversationId, string UserId, DateTimeOffset ExpiresAt, CollaboratorClaim? Collaborator = null);

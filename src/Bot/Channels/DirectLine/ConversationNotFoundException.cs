namespace HotlineBot.Channels.DirectLine;

/// <summary>The conversation does not exist (never started, or expired).</summary>
public sealed class ConversationNotFoundException(string conversationId) : Exception("Conversation not found.")
{
    public string ConversationId { get; } = conversationId;
}

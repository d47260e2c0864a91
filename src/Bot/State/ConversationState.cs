namespace HotlineBot.State;

/// <summary>The conversation's state for this turn, as loaded, plus what is needed to save it back.</summary>
public sealed class ConversationState(string key, ConversationData data, string? eTag, string snapshot)
{
    public string Key { get; } = key;
    public ConversationData Data { get; } = data;
    internal string? ETag { get; set; } = eTag;
    internal string Snapshot { get; set; } = snapshot;

    /// <summary>Storage key of a conversation: <c>{channelId}/conversations/{conversationId}</c>.</summary>
    public static string KeyFor(string channelId, string conversationId) => $"{channelId}/conversations/{conversationId}";
}

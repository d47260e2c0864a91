namespace HotlineBot.Activities;

/// <summary>The activity types HotlineBot sends or understands.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string ConversationUpdate = "conversationUpdate";
    public const string EndOfConversation = "endOfConversation";

    /// <summary>Types a Direct Line client may post.</summary>
    public static bool IsClientType(string? type) =>
        type is Message or Typing or Event or ConversationUpdate or EndOfConversation;
}

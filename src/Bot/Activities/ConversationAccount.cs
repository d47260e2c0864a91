namespace HotlineBot.Activities;

/// <summary>The conversation an activity belongs to.</summary>
public sealed record ConversationAccount(string Id);

using HotlineBot.Dialogs;

namespace HotlineBot.State;

/// <summary>Everything the bot remembers about one conversation between turns, persisted as one JSON document.</summary>
public sealed class ConversationData
{
    public DialogState Dialogs { get; set; } = new();

    /// <summary>Risk level the conversation has reached ("none" until something raises it).</summary>
    public string Risk { get; set; } = "none";

    /// <summary>Set once the greeting and menu have been shown.</summary>
    public bool Greeted { get; set; }
}

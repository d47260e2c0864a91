using HotlineBot.Language;

namespace HotlineBot.Conversation;

/// <summary>Whether a message speaks of the person's own child ("con tôi", "đứa nhỏ", "hai bé"); pregnancy ("có thai") is not one.</summary>
public static class ChildMention
{
    private const string ChildValue = "con";

    public static bool In(TriageResult triage) =>
        triage.Entities.Any(e => e.Kind == EntityKinds.Children && e.Value == ChildValue);
}

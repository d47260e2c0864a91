namespace HotlineBot.Content;

/// <summary>Everything loaded from dialogs/ at start-up, validated.</summary>
public sealed record HotlineContent(MessageTemplates Messages, IReadOnlyList<MenuItem> Menu, DangerQuestionnaire DangerAssessment);

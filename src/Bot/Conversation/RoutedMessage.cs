namespace HotlineBot.Conversation;

/// <summary>
/// Free text typed at the main menu that triage routed to a flow (a legal question → the legal Q&amp;A). Set on the
/// turn by <see cref="MainMenuDialog"/>; the flow it starts takes the text as its first answer instead of asking.
/// </summary>
public sealed record RoutedMessage(string MenuId, string Text);

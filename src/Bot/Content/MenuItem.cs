namespace HotlineBot.Content;

/// <summary>One main-menu entry: a fixed id the code routes on, and the label helpline staff chose.</summary>
public sealed record MenuItem(string Id, string Label);

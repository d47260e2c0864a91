namespace HotlineBot.Activities;

/// <summary>Quick replies shown under the latest bot message; <c>to</c> limits who sees them.</summary>
public sealed record SuggestedActions(IReadOnlyList<CardAction> Actions, IReadOnlyList<string>? To = null);

using HotlineBot.Content;

namespace HotlineBot.Handoff;

/// <summary>
/// When a waiting citizen hears about their place again, and what: never sooner than the channel's interval after the
/// last thing they were told, and only when it changed for the better (a better place) or — honestly — for the worse
/// (a longer estimate, or no estimate any more because nobody is online). A wait that merely stays the same is not news.
/// </summary>
public static class PositionUpdateRule
{
    /// <summary>The message id to send, or null to say nothing now.</summary>
    public static string? Decide(QueueStanding told, QueueStanding now, TimeSpan interval)
    {
        if (now.At - told.At < interval)
        {
            return null;
        }
        if (now.Position < told.Position)
        {
            return now.Minutes is null ? MessageIds.HandoffPositionBetterNoEstimate : MessageIds.HandoffPositionBetter;
        }
        if (now.Minutes is null)
        {
            return told.Minutes is null ? null : MessageIds.HandoffWaitLongerNoEstimate;
        }
        return told.Minutes is { } before && now.Minutes > before ? MessageIds.HandoffWaitLonger : null;
    }
}

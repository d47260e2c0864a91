using HotlineBot.Activities;

namespace HotlineBot.Channels.DirectLine;

/// <summary>
/// The ordered activities of each Direct Line conversation. Appending assigns the activity its id
/// (<c>{conversationId}|0000001</c>) and its position; the watermark a client holds is how many it has seen.
/// Appends are announced through <see cref="ConversationHub"/> so open streams on any instance deliver them.
/// </summary>
public interface IConversationLog
{
    /// <summary>Creates the conversation; false if it already existed.</summary>
    Task<bool> StartAsync(string conversationId, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Appends one activity (its id is replaced by the assigned one) and returns it as stored.</summary>
    Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a stored activity (found by its id) with <paramref name="activity"/>, e.g. a typed password with a marker.
    /// Clients that already read it keep what they read; a later read gets the replacement. Nothing happens if it is gone.
    /// </summary>
    Task ReplaceAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Activities from position <paramref name="watermark"/> on (as stored JSON), and the new watermark.</summary>
    Task<ActivityPage> ReadAsync(string conversationId, int watermark, CancellationToken cancellationToken = default);
}

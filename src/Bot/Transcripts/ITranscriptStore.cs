using HotlineBot.Activities;

namespace HotlineBot.Transcripts;

/// <summary>Keeps what was said in a conversation, in any channel, for the operator who takes the case; expires with retention.</summary>
public interface ITranscriptStore
{
    Task AppendAsync(string channelId, string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Activity>> ReadAsync(string channelId, string conversationId, CancellationToken cancellationToken = default);
}

using HotlineBot.Activities;
using HotlineBot.Turns;

namespace HotlineBot.Transcripts;

/// <summary>
/// Records the inbound message and every message the bot sent in the turn, in one write at the end of the turn
/// (typing indicators are not recorded). A failed write is logged and does not fail the turn. A turn marked with
/// <see cref="WithheldInput"/> (a collaborator's account name or password) is recorded with a marker instead of what was typed.
/// </summary>
public sealed class TranscriptMiddleware(ITranscriptStore store, ILogger<TranscriptMiddleware> log) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, NextDelegate next, CancellationToken cancellationToken = default)
    {
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            var said = new List<Activity>();
            if (turn.Activity.Type == ActivityTypes.Message)
            {
                said.Add(turn.Get<WithheldInput>() is { } withheld ? turn.Activity with { Text = withheld.Marker, Value = null } : turn.Activity);
            }
            said.AddRange(turn.SentSnapshot().Where(a => a.Type == ActivityTypes.Message));
            try
            {
                await store.AppendAsync(turn.Activity.ChannelId ?? "unknown", turn.Activity.Conversation?.Id ?? "unknown", said, CancellationToken.None);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Transcript of conversation {ConversationId} could not be written", turn.Activity.Conversation?.Id);
            }
        }
    }
}

using HotlineBot.Activities;
using HotlineBot.Language;
using HotlineBot.State;
using HotlineBot.Turns;

namespace HotlineBot.Conversation;

/// <summary>
/// Reads every inbound message before any dialog runs: puts its <see cref="TriageResult"/> in the turn (the emergency
/// interruption and later the legal search use it) and raises the conversation's risk. Pure and in memory.
/// </summary>
public sealed class TriageMiddleware(Triage triage) : ITurnMiddleware
{
    public Task OnTurnAsync(TurnContext turn, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turn.Activity.Type == ActivityTypes.Message)
        {
            var result = triage.Classify(turn.Activity.Text);
            turn.Set(result);
            if (turn.Get<ConversationState>()?.Data is { } data)
            {
                data.Raise(result.Risk, result.Cues);
                data.ChildrenMentioned |= ChildMention.In(result);
            }
        }
        return next(cancellationToken);
    }
}

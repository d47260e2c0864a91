using System.Text.Json;
using HotlineBot.Hosting;
using HotlineBot.Turns;
using Microsoft.Extensions.Options;

namespace HotlineBot.State;

/// <summary>
/// Loads the conversation's state before the turn and saves it after, only if it changed (compared as JSON).
/// A lost concurrency race is logged and the turn still completes: replies already sent stay sent.
/// </summary>
public sealed class AutoSaveStateMiddleware(IStorage storage, IOptions<HotlineOptions> options, ILogger<AutoSaveStateMiddleware> log) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turn.Activity;
        var key = ConversationState.KeyFor(activity.ChannelId ?? "unknown", activity.Conversation?.Id ?? "unknown");
        var item = await storage.ReadAsync(key, cancellationToken);
        var data = item is null ? new ConversationData() : ReadOrStartOver(item.Json, activity.Conversation?.Id);
        var snapshot = item?.Json ?? "";
        var state = new ConversationState(key, data, item?.ETag, snapshot);
        turn.Set(state);

        await next(cancellationToken);

        var json = JsonSerializer.Serialize(state.Data, StateJson.Default.ConversationData);
        if (json == state.Snapshot)
        {
            return;
        }
        try
        {
            state.ETag = await storage.WriteAsync(key, json, state.ETag, options.Value.ConversationRetention, cancellationToken);
            state.Snapshot = json;
        }
        catch (StorageConflictException)
        {
            log.LogWarning("Conversation {ConversationId} state changed elsewhere during the turn; this turn's state was not saved", activity.Conversation?.Id);
        }
    }

    // A state document that cannot be read (an old shape, a bad write) must not lock the citizen out of every later turn.
    private ConversationData ReadOrStartOver(string json, string? conversationId)
    {
        try
        {
            return JsonSerializer.Deserialize(json, StateJson.Default.ConversationData) ?? new();
        }
        catch (JsonException)
        {
            log.LogWarning("Conversation {ConversationId} state could not be read; starting the conversation over", conversationId);
            return new ConversationData();
        }
    }
}

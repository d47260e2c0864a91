using HotlineBot.Activities;
using HotlineBot.Safety;
using HotlineBot.Turns;

namespace HotlineBot.Channels.DirectLine;

/// <summary>
/// The Direct Line channel adapter: records what the citizen posted (the echo Web Chat waits for), runs the turn,
/// and appends the bot's replies to the same log, from which every open stream and poll delivers them.
/// </summary>
public sealed class DirectLineAdapter(
    IConversationLog log,
    TurnRunner runner,
    ConversationLocks locks,
    EmergencyFallback fallback,
    TimeProvider clock,
    ILogger<DirectLineAdapter> logger)
{
    public const string ChannelId = "directline";

    /// <summary>Starts the conversation if new and greets the citizen; false if it had already started.</summary>
    public async Task<bool> StartAsync(string conversationId, string userId, CancellationToken cancellationToken = default)
    {
        if (!await log.StartAsync(conversationId, cancellationToken))
        {
            return false;
        }
        var user = new ChannelAccount(userId, Role: "user");
        var joined = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = ChannelId,
            Conversation = new ConversationAccount(conversationId),
            From = user,
            Recipient = ChannelAccount.Bot,
            MembersAdded = [user],
            Timestamp = clock.GetUtcNow(),
        };
        await locks.RunAsync(conversationId, () => RunTurnAsync(joined, cancellationToken), cancellationToken);
        return true;
    }

    /// <summary>Accepts a posted activity; returns it as stored (with id and timestamp) once the turn has run.</summary>
    public Task<Activity> PostAsync(string conversationId, string userId, Activity posted, CancellationToken cancellationToken = default) =>
        locks.RunAsync(conversationId, async () =>
        {
            var stored = await log.AppendAsync(conversationId, posted with
            {
                ChannelId = ChannelId,
                Conversation = new ConversationAccount(conversationId),
                From = new ChannelAccount(posted.From?.Id is { Length: > 0 } id ? id : userId, posted.From?.Name, "user"),
                Recipient = ChannelAccount.Bot,
                Timestamp = clock.GetUtcNow(),
            }, cancellationToken);
            await RunTurnAsync(stored, cancellationToken);
            return stored;
        }, cancellationToken);

    private async Task<bool> RunTurnAsync(Activity inbound, CancellationToken cancellationToken)
    {
        var conversationId = inbound.Conversation!.Id;
        var responded = false;
        try
        {
            await runner.RunTurnAsync(inbound, (replies, ct) =>
            {
                responded |= replies.Any(r => r.Type == ActivityTypes.Message);
                return AppendAllAsync(conversationId, replies, ct);
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Log the failure, never the text. The citizen still gets the emergency numbers, from memory.
            logger.LogError(e, "Turn failed in conversation {ConversationId}", conversationId);
            if (!responded && inbound.Type == ActivityTypes.Message)
            {
                await AppendAllAsync(conversationId, [fallback.ReplyTo(inbound)], CancellationToken.None);
            }
        }
        return true;
    }

    private async Task<IReadOnlyList<Activity>> AppendAllAsync(string conversationId, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        var stored = new List<Activity>(replies.Count);
        foreach (var reply in replies)
        {
            stored.Add(await log.AppendAsync(conversationId, reply with { Timestamp = clock.GetUtcNow() }, cancellationToken));
        }
        return stored;
    }
}

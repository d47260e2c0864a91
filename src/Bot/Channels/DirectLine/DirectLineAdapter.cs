using HotlineBot.Activities;
using HotlineBot.Safety;
using HotlineBot.Transcripts;
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
    ILogger<DirectLineAdapter> logger,
    Handoff.CitizenTyping? typing = null)
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
        await locks.RunAsync(conversationId, async () =>
        {
            await RunTurnAsync(joined, cancellationToken);
            return true;
        }, cancellationToken);
        return true;
    }

    /// <summary>
    /// Accepts a posted activity; returns it as stored (with id and timestamp) once the turn has run.
    /// <paramref name="collaborator"/> is what the caller's verified token vouches for, never anything the client sent.
    /// A turn that withheld its input (a password typed in chat) has its stored copy replaced by the marker.
    /// A <c>typing</c> activity runs no turn and takes no lock: it is logged (Web Chat waits for the echo of everything
    /// it posts, text never kept) and passed to the operator holding the conversation, if any (<see cref="Handoff.CitizenTyping"/>).
    /// </summary>
    public async Task<Activity> PostAsync(string conversationId, string userId, Activity posted, CollaboratorClaim? collaborator = null, CancellationToken cancellationToken = default)
    {
        if (posted.Type == ActivityTypes.Typing)
        {
            var echoed = await log.AppendAsync(conversationId, Inbound(conversationId, userId, posted, collaborator: null) with { Text = null, Value = null, Attachments = null, Entities = null }, cancellationToken);
            if (typing is not null)
            {
                await typing.RelayAsync(ChannelId, conversationId);
            }
            return echoed;
        }
        return await locks.RunAsync(conversationId, async () =>
        {
            var stored = await log.AppendAsync(conversationId, Inbound(conversationId, userId, posted, collaborator), cancellationToken);
            var turn = await RunTurnAsync(stored, cancellationToken);
            if (turn.Get<WithheldInput>() is { } withheld) // even when the turn failed after withholding it
            {
                stored = stored with { Text = withheld.Marker, Value = null, Entities = null, Attachments = null };
                await log.ReplaceAsync(conversationId, stored, cancellationToken);
            }
            return stored;
        }, cancellationToken);
    }

    private Activity Inbound(string conversationId, string userId, Activity posted, CollaboratorClaim? collaborator) => posted with
    {
        ChannelId = ChannelId,
        Conversation = new ConversationAccount(conversationId),
        From = new ChannelAccount(posted.From?.Id is { Length: > 0 } id ? id : userId, posted.From?.Name, "user"),
        Recipient = ChannelAccount.Bot,
        Timestamp = clock.GetUtcNow(),
        Collaborator = collaborator,
    };

    /// <summary>
    /// Runs the turn. Replies are queued on the log as the bot sends them — in order, on the one shared connection —
    /// without waiting for each to be stored, so a turn's replies (and its state save) share round trips; the turn
    /// ends once all of them are stored. A failed turn still answers with the emergency numbers, from memory.
    /// </summary>
    private async Task<TurnContext> RunTurnAsync(Activity inbound, CancellationToken cancellationToken)
    {
        var conversationId = inbound.Conversation!.Id;
        var queued = new List<Task<Activity>>();
        var responded = false;
        var turn = new TurnContext(inbound, (replies, ct) =>
        {
            responded |= replies.Any(r => r.Type == ActivityTypes.Message);
            var sent = replies.Select(r => r with { Timestamp = clock.GetUtcNow() }).ToList();
            queued.AddRange(sent.Select(r => log.AppendAsync(conversationId, r, ct)));
            return Task.FromResult<IReadOnlyList<Activity>>(sent);
        });
        try
        {
            await runner.RunTurnAsync(turn, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Log the failure, never the text.
            logger.LogError(e, "Turn failed in conversation {ConversationId}", conversationId);
            if (!responded && inbound.Type == ActivityTypes.Message)
            {
                queued.Add(log.AppendAsync(conversationId, fallback.ReplyTo(inbound) with { Timestamp = clock.GetUtcNow() }, CancellationToken.None));
            }
        }
        await Task.WhenAll(queued);
        return turn;
    }
}

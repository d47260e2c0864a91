using HotlineBot.Activities;

namespace HotlineBot.Turns;

/// <summary>
/// One inbound activity and everything the bot does in answer to it. Created by a channel adapter,
/// passed through the middleware to the bot, discarded at the end of the turn.
/// </summary>
public sealed class TurnContext(Activity activity, ChannelSender channel)
{
    private readonly List<SendHook> _sendHooks = [];
    private readonly Dictionary<Type, object> _services = [];

    public Activity Activity { get; } = activity;

    /// <summary>True once the bot has sent a message in this turn.</summary>
    public bool Responded { get; private set; }

    private readonly List<Activity> _sent = [];

    /// <summary>A copy of every activity delivered in this turn so far, in order.</summary>
    public IReadOnlyList<Activity> SentSnapshot()
    {
        lock (_sent)
        {
            return _sent.ToList();
        }
    }

    /// <summary>Lets middleware see outgoing activities (transcript, typing, later a handoff gate).</summary>
    public void OnSendActivities(SendHook hook) => _sendHooks.Add(hook);

    /// <summary>Per-turn typed services (conversation state, language analysis, …).</summary>
    public void Set<T>(T service) where T : class => _services[typeof(T)] = service;

    public T? Get<T>() where T : class => _services.TryGetValue(typeof(T), out var s) ? (T)s : null;

    public T Require<T>() where T : class =>
        Get<T>() ?? throw new InvalidOperationException($"{typeof(T).Name} is not available in this turn; is its middleware registered?");

    public Task<IReadOnlyList<Activity>> SendAsync(string text, CancellationToken cancellationToken = default) =>
        SendAsync(Activity.CreateReply(text), cancellationToken);

    /// <summary>Sends one activity, filling in channel, conversation, from/recipient and replyToId from the inbound activity.</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(Activity reply, CancellationToken cancellationToken = default)
    {
        var complete = reply with
        {
            ChannelId = reply.ChannelId ?? Activity.ChannelId,
            Conversation = reply.Conversation ?? Activity.Conversation,
            From = reply.From ?? ChannelAccount.Bot,
            Recipient = reply.Recipient ?? Activity.From,
            ReplyToId = reply.ReplyToId ?? Activity.Id,
        };
        var sent = await RunHooksAsync(0, [complete], cancellationToken);
        Responded |= sent.Any(a => a.Type == ActivityTypes.Message);
        lock (_sent)
        {
            _sent.AddRange(sent);
        }
        return sent;
    }

    private Task<IReadOnlyList<Activity>> RunHooksAsync(int index, IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
        index == _sendHooks.Count
            ? channel(activities, cancellationToken)
            : _sendHooks[index](this, activities, next => RunHooksAsync(index + 1, next, cancellationToken));
}

using HotlineBot.Activities;

namespace HotlineBot.Turns;

/// <summary>
/// What a channel adapter calls: wraps an inbound activity in a <see cref="TurnContext"/> and runs the
/// middleware and the bot. Adapters know the wire; this knows the pipeline.
/// </summary>
public sealed class TurnRunner(MiddlewareSet middleware, IBot bot)
{
    public async Task<TurnContext> RunTurnAsync(Activity activity, ChannelSender channel, CancellationToken cancellationToken = default)
    {
        var turn = new TurnContext(activity, channel);
        await RunTurnAsync(turn, cancellationToken);
        return turn;
    }

    /// <summary>Runs a turn the adapter made itself, so it can still read the turn's services when the turn throws.</summary>
    public Task RunTurnAsync(TurnContext turn, CancellationToken cancellationToken = default) =>
        middleware.RunAsync(turn, bot.OnTurnAsync, cancellationToken);
}

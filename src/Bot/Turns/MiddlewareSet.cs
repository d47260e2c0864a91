namespace HotlineBot.Turns;

/// <summary>Runs middleware in registration order, then the bot; each step decides whether to call the next.</summary>
public sealed class MiddlewareSet(IEnumerable<ITurnMiddleware> middleware)
{
    private readonly ITurnMiddleware[] _middleware = middleware.ToArray();

    public Task RunAsync(TurnContext turn, Func<TurnContext, CancellationToken, Task> bot, CancellationToken cancellationToken = default) =>
        RunFromAsync(0, turn, bot, cancellationToken);

    private Task RunFromAsync(int index, TurnContext turn, Func<TurnContext, CancellationToken, Task> bot, CancellationToken cancellationToken) =>
        index == _middleware.Length
            ? bot(turn, cancellationToken)
            : _middleware[index].OnTurnAsync(turn, ct => RunFromAsync(index + 1, turn, bot, ct), cancellationToken);
}

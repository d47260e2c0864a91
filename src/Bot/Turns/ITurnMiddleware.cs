namespace HotlineBot.Turns;

/// <summary>Runs the rest of the pipeline (the next middleware, then the bot).</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);

/// <summary>
/// One step of the turn pipeline. Code before <c>await next(ct)</c> runs on the way in, code after it
/// on the way out. Not calling <c>next</c> short-circuits the turn: later middleware and the bot do not run.
/// </summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(TurnContext turn, NextDelegate next, CancellationToken cancellationToken = default);
}

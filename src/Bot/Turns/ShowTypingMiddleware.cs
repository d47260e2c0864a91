using HotlineBot.Activities;
using HotlineBot.Hosting;
using Microsoft.Extensions.Options;

namespace HotlineBot.Turns;

/// <summary>
/// Sends a typing indicator when a message turn is slower than <see cref="HotlineOptions.TypingDelay"/> and has not
/// answered yet, so the citizen sees the bot is working. Fast turns send none.
/// </summary>
public sealed class ShowTypingMiddleware(IOptions<HotlineOptions> options) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turn.Activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken);
            return;
        }
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = ShowTypingLaterAsync(turn, done.Token);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await done.CancelAsync();
            await typing;
        }
    }

    private async Task ShowTypingLaterAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(options.Value.TypingDelay, cancellationToken);
            if (!turn.Responded)
            {
                await turn.SendAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}

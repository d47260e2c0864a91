namespace HotlineBot.Turns;

/// <summary>The turn handler at the end of the pipeline.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken = default);
}

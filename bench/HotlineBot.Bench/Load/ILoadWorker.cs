namespace HotlineBot.Bench.Load;

/// <summary>One simulated client of a load run: set up once, then one request/response cycle per call.</summary>
public interface ILoadWorker : IAsyncDisposable
{
    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>One turn (or request); returns when its answer has fully arrived.</summary>
    Task TurnAsync(CancellationToken cancellationToken);
}

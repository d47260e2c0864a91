namespace HotlineBot.Channels.Sms;

/// <summary>
/// Replies accepted by the bot and not yet handed to Twilio. Durable on Redis: an entry taken for sending stays
/// "in flight" until completed, and <see cref="RecoverAsync"/> puts in-flight entries back after a crash
/// (so a reply is sent at least once, in rare crashes twice, never lost).
/// </summary>
public interface IOutbox
{
    Task EnqueueAsync(OutboxEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The oldest waiting entry, now in flight; null when none waits.</summary>
    Task<OutboxEntry?> TakeAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes a sent (or abandoned) entry from the in-flight set.</summary>
    Task CompleteAsync(OutboxEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Puts entries left in flight by a stopped process back at the head of the queue.</summary>
    Task<int> RecoverAsync(CancellationToken cancellationToken = default);

    /// <summary>Waits until something is enqueued on this instance, or the timeout passes.</summary>
    Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken = default);

    /// <summary>Entries waiting plus in flight.</summary>
    Task<long> CountAsync(CancellationToken cancellationToken = default);
}

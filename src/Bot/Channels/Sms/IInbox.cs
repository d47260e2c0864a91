namespace HotlineBot.Channels.Sms;

/// <summary>
/// Inbound SMS acknowledged to Twilio and not yet answered. Accepting claims the MessageSid and enqueues in one atomic
/// step, so a message is either a duplicate or queued — never claimed and lost. On Redis an entry taken for its turn
/// stays in flight until completed and is taken again after a crash.
/// </summary>
public interface IInbox
{
    /// <summary>False when the MessageSid was already accepted within <paramref name="retention"/> (a Twilio retry).</summary>
    Task<bool> AcceptAsync(InboxEntry entry, TimeSpan retention, CancellationToken cancellationToken = default);

    Task<InboxEntry?> TakeAsync(CancellationToken cancellationToken = default);

    Task CompleteAsync(InboxEntry entry, CancellationToken cancellationToken = default);

    Task<int> RecoverAsync(CancellationToken cancellationToken = default);

    Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken = default);
}

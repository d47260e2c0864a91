namespace HotlineBot.Escalation;

/// <summary>Told when a case reaches the Redis queue (at once, or later from the outbox), so live queue views refresh.</summary>
public interface ICaseQueuedSignal
{
    Task CaseQueuedAsync();
}

namespace HotlineBot.Escalation;

/// <summary>Where a case went when the bot escalated it.</summary>
public enum EscalationOutcome
{
    /// <summary>Created in Redis and in the operators' queue.</summary>
    Queued,

    /// <summary>Redis did not take it in time (or is not configured): kept in the local outbox, written when Redis is back.</summary>
    KeptLocally,

    /// <summary>The outbox was full of cases at higher risk: this one could not be kept (logged loudly).</summary>
    NotKept,
}

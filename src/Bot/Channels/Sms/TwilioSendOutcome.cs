namespace HotlineBot.Channels.Sms;

/// <summary>What became of one attempt to hand a message to Twilio.</summary>
public enum TwilioSendOutcome
{
    /// <summary>Accepted (2xx): Twilio will deliver it.</summary>
    Sent,

    /// <summary>429, 5xx or no answer: try again later.</summary>
    Retry,

    /// <summary>21610: the recipient sent STOP.</summary>
    OptedOut,

    /// <summary>21211, 21614, 21612, 21635, …: the number cannot receive SMS; drop.</summary>
    InvalidNumber,

    /// <summary>Any other refusal: drop.</summary>
    Rejected,
}

namespace HotlineBot.Channels.Sms;

/// <summary>What a single-word SMS asks of the channel itself, before the bot sees it.</summary>
public enum SmsKeyword
{
    None,
    OptOut,
    OptIn,
    Help,
    DiscreetOn,
    DiscreetOff,
}

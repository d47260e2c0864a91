namespace HotlineBot.Language;

/// <summary>What a message is about. Names in lower case are the wire values (<c>"emergency"</c>, …).</summary>
public enum Intent
{
    /// <summary>Danger now: violence happening or just happened, a weapon, a threat to kill, self-harm, a call for help.</summary>
    Emergency,

    /// <summary>Telling what happened / is happening, not in immediate danger.</summary>
    Disclosure,

    /// <summary>A question about the law, rights, penalties, divorce, custody.</summary>
    Legal,

    /// <summary>How, where, whom: reporting, forms, offices, numbers.</summary>
    Procedure,

    /// <summary>A safe place to stay.</summary>
    Shelter,

    /// <summary>Greetings, thanks, acknowledgements, questions about the bot.</summary>
    SmallTalk,

    Other,
}

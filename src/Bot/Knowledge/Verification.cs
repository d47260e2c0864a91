namespace HotlineBot.Knowledge;

/// <summary>
/// How far a piece of the knowledge base was checked against a source (<c>verified:</c> in dialogs/knowledge).
/// Only <see cref="Checked"/> content may be stated to a citizen as law.
/// </summary>
public enum Verification
{
    /// <summary>Never cited to a citizen; kept so staff can see the gap.</summary>
    Unverified,

    /// <summary>The article may be named with its title, never its content.</summary>
    TitleOnly,

    /// <summary>Title checked, content only in part: only the points marked checked may be given.</summary>
    Partial,

    /// <summary>Number, title and the summarised content checked against a named source.</summary>
    Checked,
}

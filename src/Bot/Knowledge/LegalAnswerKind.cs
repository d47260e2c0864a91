namespace HotlineBot.Knowledge;

/// <summary>Which rule produced an answer (tests and logs read it; the citizen sees only the text).</summary>
public enum LegalAnswerKind
{
    /// <summary>A FAQ entry's answer; its main article is checked.</summary>
    Faq,

    /// <summary>Composed from a checked article's summary (and a matching fine).</summary>
    Article,

    /// <summary>A partly checked article: only its checked points are given.</summary>
    Partial,

    /// <summary>The article is named with its title only; its content is not stated.</summary>
    TitleOnly,

    /// <summary>The search is not sure (or found only unverified content): says so and names the closest articles.</summary>
    NotSure,

    /// <summary>The question is about a topic the knowledge base does not cover: says so and where to ask instead.</summary>
    OutOfScope,
}

namespace HotlineBot.Handoff;

/// <summary>How an operator's action on a case went; the console API maps it to 200/404/409/403.</summary>
public enum DeskResult
{
    Done,
    NotFound,

    /// <summary>The case is not in a state that allows this (already claimed by someone else, closed, no capacity…).</summary>
    Conflict,

    /// <summary>The case is held by another operator (and the caller does not supervise).</summary>
    NotYours,
}

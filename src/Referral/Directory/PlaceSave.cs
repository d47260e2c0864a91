namespace HotlineBot.Referral.Directory;

/// <summary>What a create, edit or status change did.</summary>
public enum PlaceSaveResult
{
    Written,

    /// <summary>It was already stored exactly so: nothing written, nothing audited.</summary>
    Unchanged,

    NotFound,

    /// <summary>A create named an id that is taken.</summary>
    AlreadyExists,

    /// <summary>An edit started from an older revision than the stored one: someone else changed the place meanwhile.</summary>
    Stale,
}

/// <summary>The outcome of a save and the place's revision afterwards (the stored one when refused).</summary>
public sealed record PlaceSave(PlaceSaveResult Result, long Revision);

namespace HotlineBot.Referral.Directory;

/// <summary>The result of an atomic capacity change.</summary>
/// <param name="Applied">False when the place is unknown (<see cref="Unknown"/>) or the change would take availability below 0 or above the total.</param>
/// <param name="Available">Places available after the call (unchanged when not applied; 0 when the place is unknown).</param>
public sealed record CapacityChange(bool Applied, int Available)
{
    /// <summary>True when no place has that id.</summary>
    public bool Unknown { get; init; }
}

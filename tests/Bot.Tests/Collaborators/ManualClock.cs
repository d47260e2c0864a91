namespace HotlineBot.Tests.Collaborators;

/// <summary>A clock the test moves by hand (to see an unlock expire or a lockout end).</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

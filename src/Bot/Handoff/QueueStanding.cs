namespace HotlineBot.Handoff;

/// <summary>
/// A waiting citizen's place in the queue and the wait estimate in minutes (null when no operator is online to estimate
/// from), as told to them at <see cref="At"/>, or as it stands now.
/// </summary>
public sealed record QueueStanding(long Position, int? Minutes, DateTimeOffset At)
{
    /// <summary>
    /// The honest estimate: position × average case duration ÷ operators online, rounded up; null with nobody online.
    /// </summary>
    public static int? EstimateMinutes(long position, int operatorsOnline, TimeSpan averageCaseDuration) =>
        operatorsOnline <= 0 ? null : (int)Math.Ceiling(position * averageCaseDuration.TotalMinutes / operatorsOnline);
}

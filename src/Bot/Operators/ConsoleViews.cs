namespace HotlineBot.Operators;

/// <summary>What the console shows. None of these carries a phone number or message text except where named.</summary>
public static class ConsoleViews
{
    /// <summary>
    /// A waiting case in the queue: risk, cues, channel and since when it waits (the page counts the wait, so the
    /// view only changes when the queue does) — never a phone number.
    /// </summary>
    public sealed record QueueItem(string Id, string Risk, IReadOnlyList<string> Cues, string Channel, string? Province, DateTimeOffset CreatedAt);

    /// <summary>A case someone holds.</summary>
    public sealed record HeldCase(string Id, string Risk, string Channel, string Status, string? HolderId);

    public sealed record QueueView(IReadOnlyList<QueueItem> Queue, long QueueLength, IReadOnlyList<HeldCase> Mine, int OperatorsOnline);

    public sealed record PlaceView(string Id, string Kind, string Name, string Address, string Phone, double DistanceKm, int CapacityAvailable, int CapacityTotal, string Visibility, bool OpenNow);

    public sealed record NoteView(DateTimeOffset At, string Who, string Text);

    public sealed record DangerView(string Level, int Score, IReadOnlyList<string> Reasons, bool Completed);

    /// <summary>
    /// The case view: triage cues and danger-assessment reasons, the nearest places (operators-only addresses included),
    /// notes decrypted. <see cref="Phone"/> is the call-back number (only when the citizen consented to one).
    /// </summary>
    public sealed record CaseView(
        string Id,
        string Status,
        string Risk,
        IReadOnlyList<string> Cues,
        string Channel,
        string? Province,
        DateTimeOffset CreatedAt,
        bool HeldByMe,
        string? Outcome,
        bool CanRelay,
        string? Phone,
        DangerView? Danger,
        IReadOnlyList<NoteView> Notes,
        IReadOnlyList<PlaceView> Places);

    public sealed record TranscriptLine(DateTimeOffset? At, string From, string Text);

    public sealed record TextRequest(string? Text);

    public sealed record ReferRequest(string? PlaceId);

    public sealed record TransferRequest(string? To);

    public sealed record CloseRequest(string? Outcome);

    public sealed record Claimed(string CaseId);

    public sealed record StaffMember(string Id, string Name, string Role);

    public sealed record NewUserRequest(string? Name, string? Role, string? Password);

    /// <summary>An account as admins manage it.</summary>
    public sealed record AccountView(string Id, string Name, string Role, bool Disabled);

    public sealed record DisableRequest(bool? Disabled);
}

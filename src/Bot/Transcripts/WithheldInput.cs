namespace HotlineBot.Transcripts;

/// <summary>
/// Set on a turn (<c>turn.Set(new WithheldInput(…))</c>) whose inbound message must not be kept, such as a
/// collaborator's password: the transcript records <paramref name="Marker"/> in place of its text and value, and the
/// Direct Line adapter replaces its stored copy in the conversation log with the same marker after the turn.
/// </summary>
public sealed record WithheldInput(string Marker);

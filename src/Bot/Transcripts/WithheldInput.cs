namespace HotlineBot.Transcripts;

/// <summary>
/// Set on a turn (<c>turn.Set(new WithheldInput(…))</c>) whose inbound message must not be kept, such as a
/// collaborator's access code: the transcript records <paramref name="Marker"/> in place of its text and value.
/// </summary>
public sealed record WithheldInput(string Marker);

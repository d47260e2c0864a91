namespace HotlineBot.Language;

/// <summary>Something a recogniser found in a message.</summary>
/// <param name="Kind">One of <see cref="EntityKinds"/>.</param>
/// <param name="Value">Canonical value: "0912345678", "14", "14:00", "last-night", "hai-phong", "chồng", "dao".</param>
/// <param name="Start">Offset in <see cref="TokenisedText.Source"/> (the NFC, lower-cased message).</param>
/// <param name="Text">The text as typed (lower-cased).</param>
/// <param name="Detail">Extra explanation, e.g. "Hải Dương → Hải Phòng" for a merged province.</param>
public sealed record Entity(string Kind, string Value, int Start, int Length, string Text, string? Detail = null);

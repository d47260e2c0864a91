namespace HotlineBot.Referral.Directory;

/// <summary>One record of a CSV or JSON import file: its 1-based line and its fields by column name, as text.</summary>
internal sealed record ShelterFileRow(int Line, IReadOnlyDictionary<string, string> Fields);

namespace HotlineBot.Referral.Directory;

/// <summary>
/// One reason a place is refused, tied to the field (a <see cref="ShelterColumns"/> name) it is about. The import
/// reports <see cref="Message"/> (English, with file and line); the console shows <see cref="Vietnamese"/> next to the field.
/// </summary>
public sealed record PlaceProblem(string Field, string Message, string Vietnamese);

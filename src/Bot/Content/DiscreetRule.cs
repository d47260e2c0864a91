namespace HotlineBot.Content;

/// <summary>
/// One entry of dialogs/messages/discreet.yaml: a revealing <see cref="Phrase"/> (lower case, with diacritics) and what
/// replaces it in discreet mode ("" removes it). A null <see cref="Replacement"/> keeps the phrase as it is: an innocent
/// phrase that contains a revealing word ("đánh giá" contains "đánh"). <see cref="MatchFolded"/> is false when the phrase
/// written without diacritics means other things too ("danh" is also "dành", for).
/// </summary>
public sealed record DiscreetRule(string Phrase, string? Replacement, bool MatchFolded)
{
    public bool Reveals => Replacement is not null;
}

namespace HotlineBot.Content;

/// <summary>
/// The words a discreet SMS must not contain, with what replaces them, and the innocent phrases that contain one
/// (from dialogs/messages/discreet.yaml, validated at start-up). Longest phrases first, so the longest match wins.
/// </summary>
public sealed class DiscreetVocabulary(IEnumerable<DiscreetRule> rules)
{
    public IReadOnlyList<DiscreetRule> Rules { get; } = rules.OrderByDescending(r => r.Phrase.Length).ThenBy(r => r.Phrase, StringComparer.Ordinal).ToList();

    /// <summary>The phrases that reveal the topic (not the ones kept).</summary>
    public IEnumerable<DiscreetRule> Revealing => Rules.Where(r => r.Reveals);
}

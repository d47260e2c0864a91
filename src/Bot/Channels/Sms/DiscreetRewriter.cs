using HotlineBot.Content;
using HotlineBot.Safety;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// The last safety net of discreet mode, applied by <see cref="SmsRenderer"/> to every outbound text: the emergency
/// numbers keep their digits but lose their labels ("113 (Công an) · 111 (…)" → "113, 111 hoặc …"), then every revealing
/// phrase of dialogs/messages/discreet.yaml is replaced or removed (<see cref="DiscreetText"/>).
/// </summary>
public sealed class DiscreetRewriter
{
    private readonly DiscreetText _words;
    private readonly (string Labelled, string Bare)[] _numbers;

    public DiscreetRewriter(DiscreetVocabulary vocabulary, EmergencyNumbersText numbers, HotlineContent content)
    {
        _words = new DiscreetText(vocabulary);
        var digits = numbers.Numbers.Select(n => n.Number).ToList();
        BareNumbers = digits.Count == 1
            ? digits[0]
            : string.Join(", ", digits[..^1]) + " " + content.Messages.Render(MessageIds.SmsOr) + " " + digits[^1];
        // The whole line first (it reads best), then any single "number (label)" quoted elsewhere.
        _numbers = [(numbers.Line, BareNumbers), .. numbers.Numbers.Select(n => ($"{n.Number} ({n.Label})", n.Number))];
    }

    /// <summary>The emergency numbers alone: "113, 111, 1800 1768 hoặc 1900 969680".</summary>
    public string BareNumbers { get; }

    public string Rewrite(string text)
    {
        foreach (var (labelled, bare) in _numbers)
        {
            text = text.Replace(labelled, bare, StringComparison.Ordinal)
                .Replace(SmsFolding.RemoveDiacritics(labelled), SmsFolding.RemoveDiacritics(bare), StringComparison.Ordinal);
        }
        return _words.Rewrite(text);
    }

    /// <summary>The first revealing phrase left in <paramref name="text"/>, or null.</summary>
    public string? FirstRevealing(string text) => _words.FirstRevealing(text);
}

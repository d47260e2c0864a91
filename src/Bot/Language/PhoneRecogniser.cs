using System.Text;
using System.Text.RegularExpressions;

namespace HotlineBot.Language;

/// <summary>
/// Vietnamese phone numbers: mobile and landline (0xx…, +84 / 0084 …, with spaces, dots or dashes)
/// and 1800/1900 service numbers. Value: national form without separators ("0912345678", "18001768").
/// </summary>
public static partial class PhoneRecogniser
{
    public static void Recognise(TokenisedText text, List<Entity> into)
    {
        if (text.DigitCount < 8)
        {
            return;
        }
        foreach (Match m in PhonePattern().Matches(text.Source))
        {
            var digits = new StringBuilder(12);
            foreach (var c in m.Value)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits.Append(c);
                }
            }
            var d = digits.ToString();
            string? national = d switch
            {
                _ when m.Value.StartsWith('+') || m.Value.StartsWith("0084", StringComparison.Ordinal) =>
                    "0" + d[(m.Value.StartsWith('+') ? 2 : 4)..],
                _ when d.StartsWith("1800", StringComparison.Ordinal) || d.StartsWith("1900", StringComparison.Ordinal) => d,
                _ => d,
            };
            bool valid = national.StartsWith('1') ? national.Length is >= 8 and <= 10 : national.Length is 10 or 11 && national[0] == '0' && national[1] != '0';
            if (valid)
            {
                into.Add(new Entity(EntityKinds.Phone, national, m.Index, m.Length, m.Value));
            }
        }
    }

    [GeneratedRegex(@"(?<![\d+])(?:(?:(?:\+\s?84|0084)[\s.\-]?\d|0\d)(?:[\s.\-]?\d){6,9}|1[89]00(?:[\s.\-]?\d){4,6})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}

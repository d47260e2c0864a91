using System.Text;

namespace HotlineBot.Knowledge;

/// <summary>Chapter numbers of Vietnamese legal documents: "I" … "LX".</summary>
internal static class RomanNumerals
{
    private const int Largest = 60;

    public static int? Value(string roman)
    {
        for (var n = 1; n <= Largest; n++)
        {
            if (Of(n) == roman)
            {
                return n;
            }
        }
        return null;
    }

    public static string Of(int n)
    {
        var s = new StringBuilder();
        foreach (var (value, symbol) in new[] { (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
        {
            while (n >= value)
            {
                s.Append(symbol);
                n -= value;
            }
        }
        return s.ToString();
    }
}

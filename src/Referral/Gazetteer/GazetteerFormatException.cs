namespace HotlineBot.Referral.Gazetteer;

/// <summary>A bad row in a gazetteer data file; the message starts with <c>file:line:</c>.</summary>
public sealed class GazetteerFormatException(string file, int line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;
}

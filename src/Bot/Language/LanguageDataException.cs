namespace HotlineBot.Language;

/// <summary>A bad entry in a language data file under <c>dialogs/language/</c>; the message starts with <c>file:line:</c>.</summary>
public sealed class LanguageDataException(string file, int line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;
}

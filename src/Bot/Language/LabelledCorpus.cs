namespace HotlineBot.Language;

/// <summary>Reads labelled TSV files: <c>label TAB text</c>, one per line; blank lines and lines starting with # are skipped.</summary>
public static class LabelledCorpus
{
    /// <summary>The training corpus the triage model learns from at start-up. The evaluation set lives in tests/data and is never trained on.</summary>
    public const string TrainingFile = "dialogs/language/triage-training.tsv";

    public static List<LabelledExample> Read(string file, TextReader reader)
    {
        var result = new List<LabelledExample>();
        int line = 0;
        while (reader.ReadLine() is { } raw)
        {
            line++;
            if (raw.Length == 0 || raw[0] == '#' || string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }
            var tab = raw.IndexOf('\t');
            if (tab < 0)
            {
                throw new LanguageDataException(file, line, "expected 'label<TAB>text'");
            }
            if (!WireNames.TryParseIntent(raw[..tab], out var intent))
            {
                throw new LanguageDataException(file, line, $"unknown label '{raw[..tab]}' (expected one of {string.Join(", ", WireNames.AllIntents)})");
            }
            result.Add(new LabelledExample(intent, raw[(tab + 1)..], line));
        }
        return result;
    }

    public static List<LabelledExample> Load(string path)
    {
        using var reader = new StreamReader(path);
        return Read(path, reader);
    }
}

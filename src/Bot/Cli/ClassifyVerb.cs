using HotlineBot.Language;

namespace HotlineBot.Cli;

/// <summary>
/// <c>classify</c>: one message per stdin line → one JSON line with intent, risk, entities and cues.
/// <c>classify --eval FILE.tsv</c>: scores a labelled file (label TAB text) and prints per-class
/// precision/recall, the confusion matrix and the misclassified lines.
/// </summary>
public sealed class ClassifyVerb : ICliVerb
{
    public string Name => "classify";

    public string Summary => "triage messages from stdin (one per line) to JSON lines; --eval FILE.tsv scores a labelled set";

    public string Usage => """
        usage: classify                  read UTF-8 messages from stdin, one per line; write one JSON object per line:
                                         {"text":…,"intent":"emergency|disclosure|legal|procedure|shelter|smalltalk|other",
                                          "risk":"high|medium|low|none","entities":{…},"cues":[…]}
               classify --eval FILE.tsv  score a labelled file (label<TAB>text per line, # comments) and print
                                         per-class precision/recall, the confusion matrix and misclassified lines
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliIo io, CancellationToken cancellationToken = default)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            await io.Out.WriteLineAsync(Usage);
            return 0;
        }
        string? evalFile = null;
        if (args.Count > 0)
        {
            if (args[0] != "--eval" || args.Count != 2)
            {
                await io.Error.WriteLineAsync(Usage);
                return 2;
            }
            evalFile = args[1];
        }
        Triage triage;
        try
        {
            triage = Triage.Load(io.ContentRoot);
        }
        catch (Exception e) when (e is LanguageDataException or HotlineBot.Referral.Gazetteer.GazetteerFormatException or IOException)
        {
            await io.Error.WriteLineAsync($"classify: cannot load language data: {e.Message}");
            return 1;
        }
        if (evalFile is not null)
        {
            return await EvaluateAsync(triage, evalFile, io);
        }
        while (await io.In.ReadLineAsync(cancellationToken) is { } line)
        {
            await io.Out.WriteLineAsync(TriageJson.Serialize(line, triage.Classify(line)));
        }
        return 0;
    }

    private static async Task<int> EvaluateAsync(Triage triage, string file, CliIo io)
    {
        List<LabelledExample> examples;
        try
        {
            examples = LabelledCorpus.Load(file);
        }
        catch (Exception e) when (e is LanguageDataException or IOException)
        {
            await io.Error.WriteLineAsync($"classify: {e.Message}");
            return 1;
        }
        await io.Out.WriteAsync(TriageEvaluation.Run(triage, examples).Report());
        return 0;
    }
}

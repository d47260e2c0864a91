using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HotlineBot.Knowledge;
using HotlineBot.Language;

namespace HotlineBot.Cli;

/// <summary>
/// <c>ask [--top N]</c>: one question per stdin line → one JSON line with the ranked articles.
/// <c>ask --eval FILE [FILE…]</c>: scores labelled question files (top-1, top-3, misses).
/// </summary>
public sealed class AskVerb : ICliVerb
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "ask";

    public string Summary => "search the legal knowledge base: questions from stdin → ranked articles as JSON lines; --eval FILE… scores a question set";

    public string Usage => """
        usage: ask [--top N]            read UTF-8 questions from stdin, one per line; write one JSON object per line:
                                        {"question":…,"answers":[{"law":"73/2006/QH11","article":13,"title":…,"score":…},…]}
                                        best first, at most N answers (default 3)
               ask --eval FILE [FILE…]  score question files (TSV with a header line: question<TAB>law<TAB>article) and
                                        print top-1 and top-3 accuracy, the number of questions and distinct articles,
                                        the share written without diacritics, and every question not answered first
        The knowledge base is dialogs/knowledge under the content root (Hotline:ContentRoot, else next to the binary).
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliIo io, CancellationToken cancellationToken = default)
    {
        var top = 3;
        var evalFiles = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--top" && i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out top) && top > 0)
            {
                i++;
            }
            else if (args[i] == "--eval" && i + 1 < args.Count)
            {
                var files = args.Skip(i + 1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
                evalFiles.AddRange(files.Select(CliPaths.Input));
                i += files.Count;
            }
            else if (args[i].StartsWith("--Hotline:", StringComparison.Ordinal) && i + 1 < args.Count)
            {
                i++; // read by ContentRootLocator
            }
            else
            {
                await io.Error.WriteLineAsync(Usage);
                return 2;
            }
        }
        LegalSearch search;
        try
        {
            search = LegalSearch.Build(KnowledgeLoader.Load(io.ContentRoot), new Tokeniser(Abbreviations.Load(io.ContentRoot)));
        }
        catch (Exception e) when (e is KnowledgeException or LanguageDataException or IOException)
        {
            await io.Error.WriteLineAsync($"ask: cannot load the knowledge base: {e.Message}");
            return 1;
        }
        if (evalFiles.Count > 0)
        {
            return await EvaluateAsync(search, evalFiles, io);
        }
        while (await io.In.ReadLineAsync(cancellationToken) is { } line)
        {
            await io.Out.WriteLineAsync(ToJson(line, search.Search(line, top)));
        }
        return 0;
    }

    public static string ToJson(string question, SearchResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("question", question);
            json.WriteStartArray("answers");
            foreach (var hit in result.Hits)
            {
                json.WriteStartObject();
                json.WriteString("law", hit.Article.Ref.Law);
                json.WriteNumber("article", hit.Article.Number);
                json.WriteString("title", hit.Article.Title);
                json.WriteNumber("score", hit.Score);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static async Task<int> EvaluateAsync(LegalSearch search, List<string> files, CliIo io)
    {
        List<LegalQuestion> questions;
        try
        {
            questions = LegalQuestionSet.Load(files);
        }
        catch (Exception e) when (e is FormatException or IOException)
        {
            await io.Error.WriteLineAsync($"ask: {e.Message}");
            return 1;
        }
        await io.Out.WriteLineAsync($"files: {string.Join(" ", files)}");
        await io.Out.WriteAsync(LegalEvaluation.Run(search, questions).Report());
        return 0;
    }
}

using HotlineBot.Knowledge;

namespace HotlineBot.Cli;

/// <summary><c>import-law FILE [--out FILE]</c>: a legal document in the official layout → knowledge-base YAML, or line-numbered problems and nothing written.</summary>
public sealed class ImportLawVerb : ICliVerb
{
    public string Name => "import-law";

    public string Summary => "read a legal document in the official layout (Chương / Mục / Điều / 1. / a)) into knowledge-base YAML";

    public string Usage => """
        usage: import-law FILE [--out FILE.yaml] [--number NUMBER] [--name NAME]
          FILE       UTF-8 text of a legal document in the official layout: a header with "Số: 73/2006/QH11"
                     (or "Luật số: …") and "LUẬT" / "NGHỊ ĐỊNH" above the name; "Chương I" and "Mục 1" with their
                     titles; "Điều 1. Title"; clauses "1.", "2."; points "a)", "b)"
          --out      where to write the YAML (default: stdout); name it after the number, e.g.
                     dialogs/knowledge/73-2006-QH11.yaml
          --number   the official number, when the header has none
          --name     how answers name the document ("Luật Bình đẳng giới"), when the header has none
        Every article comes out unverified with an empty summary: write the plain-language summaries and check them
        before citizens see them (dialogs/knowledge/README.md). Problems (numbering gaps or repeats, a point outside
        a clause, an article without title or text…) are printed as FILE:LINE: problem and nothing is written (exit 1).
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliIo io, CancellationToken cancellationToken = default)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--out" or "--number" or "--name" && i + 1 < args.Count)
            {
                options[args[i][2..]] = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                await io.Error.WriteLineAsync(Usage);
                return 2;
            }
            else
            {
                positional.Add(args[i]);
            }
        }
        if (positional is not [var typed])
        {
            await io.Error.WriteLineAsync(Usage);
            return 2;
        }
        var file = CliPaths.Input(typed);
        if (!File.Exists(file))
        {
            await io.Error.WriteLineAsync($"import-law: no such file: {typed}");
            return 1;
        }
        var (law, problems) = LawImporter.Read(file, options.GetValueOrDefault("number"), options.GetValueOrDefault("name"));
        if (law is null)
        {
            foreach (var problem in problems.OrderBy(p => p.Line))
            {
                await io.Error.WriteLineAsync(problem.ToString());
            }
            await io.Error.WriteLineAsync($"import-law: {problems.Count} problems; nothing was written");
            return 1;
        }
        var yaml = LawYamlWriter.Write(law);
        var document = law.Document;
        if (options.TryGetValue("out", out var typedOutput))
        {
            var output = CliPaths.Output(typedOutput);
            await File.WriteAllTextAsync(output, yaml, cancellationToken);
            await io.Error.WriteLineAsync($"import-law: {document.Number}: {document.Chapters.Count} chapters, {document.Articles.Count} articles → {output} (all unverified: write the summaries next)");
        }
        else
        {
            await io.Out.WriteAsync(yaml);
        }
        return 0;
    }
}

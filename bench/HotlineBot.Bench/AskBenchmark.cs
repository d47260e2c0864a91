using System.Diagnostics;
using System.Globalization;
using HotlineBot.Knowledge;
using HotlineBot.Language;

namespace HotlineBot.Bench;

/// <summary>
/// The legal search: index build at start-up (load and validate dialogs/knowledge, build the BM25 indexes) and the
/// latency of one question, p50/p99 over every question in tests/data/legal_questions*.tsv, single-threaded.
/// Args: [rounds] (default 20: each question is asked that many times after a warm-up).
/// </summary>
public sealed class AskBenchmark : IBenchmark
{
    public string Name => "ask";

    public string Summary => "legal search: index build at start-up (ms) and per-question latency p50/p99 (ms)";

    public Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var rounds = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var root = AppContext.BaseDirectory;
        var tokeniser = new Tokeniser(Abbreviations.Load(root));

        var clock = Stopwatch.StartNew();
        var cpu0 = ThreadCpuClock.Seconds() ?? 0;
        var knowledge = KnowledgeLoader.Load(root);
        var loadMs = clock.Elapsed.TotalMilliseconds;
        var search = LegalSearch.Build(knowledge, tokeniser);
        var coldMs = clock.Elapsed.TotalMilliseconds;
        var coldCpuMs = ((ThreadCpuClock.Seconds() ?? 0) - cpu0) * 1000;
        clock.Restart();
        cpu0 = ThreadCpuClock.Seconds() ?? 0;
        var warm = LegalSearch.Build(KnowledgeLoader.Load(root), tokeniser);
        var warmMs = clock.Elapsed.TotalMilliseconds;
        var warmCpuMs = ((ThreadCpuClock.Seconds() ?? 0) - cpu0) * 1000;
        GC.KeepAlive(warm);

        var files = Directory.GetFiles(RepoPaths.Of("tests", "data"), "legal_questions*.tsv").Order(StringComparer.Ordinal).ToList();
        var questions = LegalQuestionSet.Load(files).Select(q => q.Question).ToList();
        if (questions.Count == 0)
        {
            Console.WriteLine("no tests/data/legal_questions*.tsv");
            return Task.FromResult(1);
        }
        Console.WriteLine($"knowledge: {knowledge.Laws.Count} documents, {search.ArticleCount} articles, {knowledge.Faq.Count} FAQ entries, {knowledge.Synonyms.Groups.Count} synonym groups");
        Console.WriteLine($"start-up (cold, first load in process, incl. JIT): load+validate {loadMs:0.0} ms, with index {coldMs:0.0} ms wall, {coldCpuMs:0.0} ms CPU of the thread   target <= 500 ms");
        Console.WriteLine($"start-up (warm, second load): {warmMs:0.0} ms wall, {warmCpuMs:0.0} ms CPU (index alone, as LegalSearch.BuildTime: {warm.BuildTime.TotalMilliseconds:0.0} ms wall)");

        var sink = 0;
        foreach (var q in questions)
        {
            sink += search.Search(q).Hits.Count;
        }
        var latencies = new List<double>(questions.Count * rounds);
        var cpuLatencies = new List<double>(questions.Count * rounds);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var r = 0; r < rounds; r++)
        {
            foreach (var q in questions)
            {
                var cpuStart = ThreadCpuClock.Seconds() ?? 0;
                var start = Stopwatch.GetTimestamp();
                sink += search.Search(q).Hits.Count;
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                cpuLatencies.Add(((ThreadCpuClock.Seconds() ?? 0) - cpuStart) * 1000);
            }
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        latencies.Sort();
        cpuLatencies.Sort();
        double P(double p) => latencies[Math.Min(latencies.Count - 1, (int)(p * latencies.Count))];
        double Cpu(double p) => cpuLatencies[Math.Min(cpuLatencies.Count - 1, (int)(p * cpuLatencies.Count))];
        Console.WriteLine($"questions: {questions.Count} from {string.Join(", ", files.Select(Path.GetFileName))}, asked {rounds} times each");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        Console.WriteLine($"latency per question (wall): p50 {P(0.50):0.000} ms, p99 {P(0.99):0.000} ms, max {latencies[^1]:0.000} ms   target p99 <= 2 ms");
        Console.WriteLine($"latency per question (CPU of the thread, what an idle core would do): p50 {Cpu(0.50):0.000} ms, p99 {Cpu(0.99):0.000} ms, max {cpuLatencies[^1]:0.000} ms");
        Console.WriteLine($"allocated: {allocated / (double)latencies.Count / 1024:0.0} KB/question");
        GC.KeepAlive(sink);
        return Task.FromResult(Math.Min(coldMs, coldCpuMs) <= 500 && Math.Min(P(0.99), Cpu(0.99)) <= 2 ? 0 : 1);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}

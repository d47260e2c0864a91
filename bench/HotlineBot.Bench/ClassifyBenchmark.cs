using System.Diagnostics;
using System.Globalization;
using HotlineBot.Language;

namespace HotlineBot.Bench;

/// <summary>
/// Start-up cost of the language layer (load abbreviations, lexicon, gazetteer, train the model) and
/// single-threaded <see cref="Triage.Classify"/> throughput on typical 5–30 word messages.
/// Args: [seconds] (default 5).
/// </summary>
public sealed class ClassifyBenchmark : IBenchmark
{
    private static readonly string[] Messages =
    [
        "cuu toi voi ck dang danh e",
        "chồng em đang cầm dao đuổi em, em đang trốn trong nhà vệ sinh, cứu em với",
        "em chào chị, em muốn hỏi về thủ tục ly hôn khi chồng không chịu ký đơn thì phải làm sao ạ",
        "ck e hay danh e moi lan say ruou, e so lam k biet phai lam the nao",
        "hôm qua chồng đánh em bầm tím mặt, em ở Hải Dương, con em mới 5 tuổi",
        "cho em xin số điện thoại đường dây nóng hỗ trợ phụ nữ bị bạo lực gia đình ở Hà Nội",
        "e bi ck duoi ra khoi nha toi nay k co cho ngu, co nha tam lanh nao o sg k",
        "chồng đánh vợ bị phạt bao nhiêu tiền theo nghị định mới nhất vậy ạ",
        "xin chào, bạn là người thật hay là máy vậy",
        "tối nay chồng em đi đánh cầu lông với bạn, em ở nhà xem phim",
        "mẹ chồng em lúc nào cũng chì chiết, chửi em là đồ ăn bám trước mặt họ hàng, em mệt mỏi lắm",
        "sđt của em là 0912 345 678, chị gọi lại cho em lúc 2 giờ chiều được không ạ",
        "bố dượng hay sờ soạng em khi mẹ đi vắng, em mười bốn tuổi, em không dám nói với ai",
        "nếu em báo công an xã thì chồng em có bị bắt không, em sợ anh ấy trả thù",
        "e k muon song nua, met moi qua roi",
        "cam on chi nhieu a, e se goi cho tong dai",
    ];

    public string Name => "classify";

    public string Summary => "language layer start-up (ms) and single-threaded classify throughput (messages/s)";

    public Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var seconds = args.Count > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var root = AppContext.BaseDirectory;

        // Cold: the same steps as Triage.Load, timed one by one (wall clock and this thread's CPU).
        var steps = new List<(string Step, double WallMs, double CpuMs)>();
        var clock = Stopwatch.StartNew();
        T Step<T>(string name, Func<T> work)
        {
            var cpu0 = ThreadCpuClock.Seconds() ?? 0;
            var wall0 = clock.Elapsed.TotalMilliseconds;
            var result = work();
            steps.Add((name, clock.Elapsed.TotalMilliseconds - wall0, ((ThreadCpuClock.Seconds() ?? 0) - cpu0) * 1000));
            return result;
        }
        var abbreviations = Step("abbreviations.yaml", () => Abbreviations.Load(root));
        var lexicon = Step("lexicon.yaml", () => Lexicon.Load(root));
        var gazetteer = Step("gazetteer csv", () => HotlineBot.Referral.Gazetteer.Gazetteer.Load(root));
        var recogniser = Step("phrase matchers", () => new EntityRecogniser(lexicon, gazetteer));
        var corpus = Step("training tsv", () => LabelledCorpus.Load(Path.Combine(root, LabelledCorpus.TrainingFile)));
        var triage = Step("train model", () => Triage.Create(new Tokeniser(abbreviations), recogniser, corpus));
        Step("first classify", () => triage.Classify("chồng em đang đánh em"));
        var coldMs = steps.Sum(s => s.WallMs);
        var coldCpuMs = steps.Sum(s => s.CpuMs);
        clock.Restart();
        var warm = Triage.Load(root);
        var warmMs = clock.Elapsed.TotalMilliseconds;
        GC.KeepAlive(warm);

        var words = Messages.Select(m => m.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).ToArray();
        Console.WriteLine($"messages: {Messages.Length} distinct, {words.Min()}–{words.Max()} words (mean {words.Average():0.0})");
        foreach (var (step, wallMs, cpuMs) in steps)
        {
            Console.WriteLine($"  {step,-20} {wallMs,7:0.0} ms wall {cpuMs,7:0.0} ms CPU");
        }
        Console.WriteLine($"start-up (cold, first load in process, incl. JIT): {coldMs:0.0} ms wall, {coldCpuMs:0.0} ms CPU of the thread   target <= 300 ms");
        Console.WriteLine($"start-up (warm, second load):                     {warmMs:0.0} ms");
        Console.WriteLine($"model features: {triage.ModelFeatures}");

        int sink = 0;
        for (int i = 0; i < 20_000; i++)
        {
            sink += (int)triage.Classify(Messages[i % Messages.Length]).Intent;
        }

        long count = 0;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = ThreadCpuClock.Seconds();
        clock.Restart();
        var limit = TimeSpan.FromSeconds(seconds);
        while (clock.Elapsed < limit)
        {
            for (int i = 0; i < Messages.Length; i++)
            {
                sink += (int)triage.Classify(Messages[i]).Intent;
            }
            count += Messages.Length;
        }
        var elapsed = clock.Elapsed.TotalSeconds;
        var cpu = ThreadCpuClock.Seconds() - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        Console.WriteLine($"throughput (1 thread, {elapsed:0.0} s wall): {count / elapsed:N0} messages/s   target >= 50,000");
        if (cpu is > 0)
        {
            Console.WriteLine($"throughput per CPU-second of the thread ({cpu:0.0} s CPU): {count / cpu:N0} messages/s (what an idle core would do)");
        }
        Console.WriteLine($"latency: {elapsed / count * 1e6:0.00} µs/message, {allocated / (double)count / 1024:0.0} KB allocated/message");
        GC.KeepAlive(sink);
        return Task.FromResult(coldCpuMs <= 300 && count / (cpu ?? elapsed) >= 50_000 ? 0 : 1);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}

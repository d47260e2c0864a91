using HotlineBot.Bench;
using HotlineBot.Bench.ConsoleRender;
using HotlineBot.Bench.Dialog;
using HotlineBot.Bench.Load;
using HotlineBot.Bench.Relay;
using HotlineBot.Bench.Sms;

IBenchmark[] benchmarks =
[
    new ClassifyBenchmark(),
    new DialogBenchmark(),
    new LoadBenchmark(),
    new NearestBenchmark(),
    new CaseCreateBenchmark(),
    new SmsBenchmark(),
    new RelayBenchmark(),
    new AskBenchmark(),
    new DirectorySearchBenchmark(),
    new ConsoleRenderBenchmark(),
];

var chosen = args.Length > 0 ? benchmarks.FirstOrDefault(b => b.Name == args[0]) : null;
if (chosen is null)
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/HotlineBot.Bench -- NAME [args]");
    foreach (var b in benchmarks)
    {
        Console.Error.WriteLine($"  {b.Name,-16} {b.Summary}");
    }
    return 2;
}
Console.WriteLine($"# dotnet run -c Release --project bench/HotlineBot.Bench -- {string.Join(' ', args)}");
return await chosen.RunAsync(args.Skip(1).ToArray());

using System.Text;
using HotlineBot.Hosting;

namespace HotlineBot.Cli;

/// <summary>Dispatches <c>HotlineBot VERB [args]</c>: UTF-8 in and out, usage on <c>--help</c>, exit 2 for an unknown verb.</summary>
public static class CliRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        Console.InputEncoding = Encoding.UTF8;
        Console.OutputEncoding = Encoding.UTF8;
        var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
        var io = new CliIo(stdin, stdout, Console.Error, ContentRootLocator.FromArgs(args.Skip(1).ToArray()));
        try
        {
            var verb = CliVerbs.Find(args[0]);
            if (verb is null)
            {
                await Console.Error.WriteLineAsync($"Unknown verb '{args[0]}'. Verbs:");
                foreach (var v in CliVerbs.All)
                {
                    await Console.Error.WriteLineAsync($"  {v.Name,-18} {v.Summary}");
                }
                return 2;
            }
            if (args.Skip(1).Contains("--help"))
            {
                await stdout.WriteLineAsync(verb.Usage);
                return 0;
            }
            return await verb.RunAsync(args.Skip(1).ToArray(), io);
        }
        finally
        {
            await stdout.FlushAsync();
        }
    }
}

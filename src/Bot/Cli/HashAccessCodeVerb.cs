using System.Text;
using HotlineBot.Collaborators;

namespace HotlineBot.Cli;

/// <summary>
/// <c>hash-access-code</c>: reads one collaborator access code from stdin and prints its hash for
/// <c>Collaborators:AccessCodes:N:Hash</c>. The code is never echoed: typed at a terminal it is read without showing
/// it, and no message repeats it.
/// </summary>
public sealed class HashAccessCodeVerb : ICliVerb
{
    public string Name => "hash-access-code";

    public string Summary => "hash a collaborator access code (read from stdin, never echoed) for Collaborators:AccessCodes";

    public string Usage => $"""
        usage: hash-access-code < code.txt        (or run it and type the code; it is not shown)
          Reads one line: the access code a commune or district gives its collaborators
          ({AccessCodeHasher.MinCodeLength}–{AccessCodeHasher.MaxCodeLength} characters; spaces at either end are dropped).
          Prints its hash (ASP.NET Core Identity PasswordHasher v3: PBKDF2-HMAC-SHA512, random salt) and nothing else.
          Configure it with who issued the code, e.g. as environment variables:
            Collaborators__AccessCodes__0__Issuer="UBND xã Thạch Hà"
            Collaborators__AccessCodes__0__Hash="<the printed hash>"
            Collaborators__AccessCodes__0__Province=ha-tinh      (optional: that province's report deadlines)
          Each run gives a different hash for the same code (random salt); any of them verifies.
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliIo io, CancellationToken cancellationToken = default)
    {
        if (args.Count > 0)
        {
            // A code given as an argument would stay in the shell history and the process list: refuse it, unrepeated.
            await io.Error.WriteLineAsync("hash-access-code takes no arguments: give the code on stdin (an argument stays in the shell history).");
            await io.Error.WriteLineAsync(Usage);
            return 2;
        }
        var interactive = io.In is StreamReader && !Console.IsInputRedirected;
        if (interactive)
        {
            await io.Error.WriteAsync("Access code (not shown): ");
        }
        var code = (interactive ? ReadWithoutEcho() : await io.In.ReadLineAsync(cancellationToken))?.Trim() ?? "";
        if (code.Length < AccessCodeHasher.MinCodeLength || code.Length > AccessCodeHasher.MaxCodeLength)
        {
            await io.Error.WriteLineAsync($"hash-access-code: the code must be {AccessCodeHasher.MinCodeLength}–{AccessCodeHasher.MaxCodeLength} characters (it was {code.Length}); nothing printed");
            return 1;
        }
        await io.Out.WriteLineAsync(AccessCodeHasher.Hash(code));
        return 0;
    }

    private static string ReadWithoutEcho()
    {
        var code = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return code.ToString();
            }
            if (key.Key == ConsoleKey.Backspace)
            {
                code.Length = Math.Max(0, code.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                code.Append(key.KeyChar);
            }
        }
    }
}

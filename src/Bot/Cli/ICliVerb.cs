namespace HotlineBot.Cli;

/// <summary>
/// A command-line verb of the host binary (<c>dotnet run --project src/Bot -- VERB …</c>).
/// Verbs read stdin / write stdout, exit non-zero with a message on stderr on bad input, and answer <c>--help</c>.
/// </summary>
public interface ICliVerb
{
    string Name { get; }

    /// <summary>One line for the verb list.</summary>
    string Summary { get; }

    /// <summary>Full usage, printed for <c>--help</c>.</summary>
    string Usage { get; }

    Task<int> RunAsync(IReadOnlyList<string> args, CliIo io, CancellationToken cancellationToken = default);
}

/// <summary>The verb's standard streams and the folder its content comes from.</summary>
public sealed record CliIo(TextReader In, TextWriter Out, TextWriter Error, string ContentRoot);

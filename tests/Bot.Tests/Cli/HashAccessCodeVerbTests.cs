using HotlineBot.Cli;
using HotlineBot.Collaborators;

namespace HotlineBot.Tests.Cli;

/// <summary><c>hash-access-code</c>: code on stdin, hash on stdout, the code never repeated anywhere.</summary>
public sealed class HashAccessCodeVerbTests
{
    private const string Code = "ma-cua-xa-thach-ha-2026";

    [Fact]
    public async Task The_code_on_stdin_becomes_one_line_a_hash_that_verifies_it()
    {
        var (exit, output, error) = await RunAsync(Code + "\n");

        Assert.Equal(0, exit);
        var hash = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(AccessCodeHasher.Verify(hash, Code));
        Assert.DoesNotContain(Code, output + error);
    }

    [Fact]
    public async Task A_short_code_prints_nothing_and_does_not_repeat_it()
    {
        var (exit, output, error) = await RunAsync("abc123\n");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("8–128 characters", error);
        Assert.DoesNotContain("abc123", error);
    }

    [Fact]
    public async Task A_code_given_as_an_argument_is_refused_and_not_repeated()
    {
        var (exit, output, error) = await RunAsync("", Code);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.DoesNotContain(Code, error);
    }

    [Fact]
    public void The_verb_is_listed()
    {
        Assert.IsType<HashAccessCodeVerb>(CliVerbs.Find("hash-access-code"));
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await new HashAccessCodeVerb().RunAsync(args, new CliIo(new StringReader(stdin), output, error, AppContext.BaseDirectory));
        return (exit, output.ToString(), error.ToString());
    }
}

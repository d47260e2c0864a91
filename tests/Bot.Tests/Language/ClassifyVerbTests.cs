using Xunit;
using System.Text.Json;
using HotlineBot.Cli;

namespace HotlineBot.Tests.Language;

public class ClassifyVerbTests
{
    private static async Task<(int Code, string Out, string Error)> RunAsync(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var io = new CliIo(new StringReader(stdin), output, error, LanguageData.ContentRoot);
        var code = await new ClassifyVerb().RunAsync(args, io);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Is_registered() => Assert.IsType<ClassifyVerb>(CliVerbs.Find("classify"));

    [Fact]
    public async Task Writes_one_json_object_per_line()
    {
        var (code, output, _) = await RunAsync("cuu toi voi ck dang danh e\nxin chào\n\nchồng đánh vợ bị phạt bao nhiêu\n");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal("cuu toi voi ck dang danh e", root.GetProperty("text").GetString());
        Assert.Equal("emergency", root.GetProperty("intent").GetString());
        Assert.Equal("high", root.GetProperty("risk").GetString());
        Assert.Equal("chồng", root.GetProperty("entities").GetProperty("relation")[0].GetProperty("value").GetString());
        Assert.Equal("smalltalk", JsonDocument.Parse(lines[1]).RootElement.GetProperty("intent").GetString());
        Assert.Equal("other", JsonDocument.Parse(lines[2]).RootElement.GetProperty("intent").GetString());
        Assert.Equal("legal", JsonDocument.Parse(lines[3]).RootElement.GetProperty("intent").GetString());
    }

    [Fact]
    public async Task Eval_prints_precision_recall_confusion_and_misclassified()
    {
        var (code, output, _) = await RunAsync("", "--eval", LanguageData.TestData("triage.tsv"));
        Assert.Equal(0, code);
        Assert.Contains("accuracy", output);
        Assert.Contains("precision", output);
        Assert.Contains("confusion", output);
        Assert.Contains("misclassified", output);
    }

    [Fact]
    public async Task Bad_arguments_exit_2_with_usage()
    {
        var (code, _, error) = await RunAsync("", "--bogus");
        Assert.Equal(2, code);
        Assert.Contains("usage", error);
    }

    [Fact]
    public async Task Missing_eval_file_exits_1()
    {
        var (code, _, error) = await RunAsync("", "--eval", "/nonexistent/x.tsv");
        Assert.Equal(1, code);
        Assert.Contains("classify:", error);
    }
}

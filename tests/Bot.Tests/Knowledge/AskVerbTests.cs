using System.Text.Json;
using HotlineBot.Cli;

namespace HotlineBot.Tests.Knowledge;

/// <summary>The <c>ask</c> contract from DESIGN.md, and <c>ask --eval</c>.</summary>
public sealed class AskVerbTests
{
    private static async Task<(int Code, string Out, string Error)> RunAsync(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await new AskVerb().RunAsync(args, new CliIo(new StringReader(stdin), output, error, KnowledgeFixture.ContentRoot));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Is_registered() => Assert.IsType<AskVerb>(CliVerbs.Find("ask"));

    [Fact]
    public async Task Writes_one_json_object_per_question_with_ranked_articles()
    {
        var (code, output, _) = await RunAsync("cty chi tuyen nam co sai luat ko\nxin lệnh cấm tiếp xúc ở đâu\n", "--top", "2");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("cty chi tuyen nam co sai luat ko", first.GetProperty("question").GetString());
        var answers = first.GetProperty("answers");
        Assert.Equal(2, answers.GetArrayLength());
        Assert.Equal(["law", "article", "title", "score"], answers[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("73/2006/QH11", answers[0].GetProperty("law").GetString());
        Assert.Equal(13, answers[0].GetProperty("article").GetInt32());
        Assert.Equal("Bình đẳng giới trong lĩnh vực lao động", answers[0].GetProperty("title").GetString());
        Assert.Equal("125/2021/NĐ-CP", answers[1].GetProperty("law").GetString());
        Assert.True(answers[0].GetProperty("score").GetDouble() > answers[1].GetProperty("score").GetDouble());
        Assert.Contains("\"law\":\"13/2022/QH15\",\"article\":25", lines[1]);
    }

    [Fact]
    public async Task Eval_prints_accuracy_coverage_and_each_miss()
    {
        var file = Path.Combine(Path.GetTempPath(), $"hb-questions-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(file, """
            question	law	article
            cty chi tuyen nam co sai luat ko	73/2006/QH11	13
            xin lệnh cấm tiếp xúc ở đâu	13/2022/QH15	25
            ck đánh vk có phải bạo lực gia đình ko	125/2021/ND-CP	8
            """);
        var (code, output, _) = await RunAsync("", "--eval", file);
        Assert.Equal(0, code);
        Assert.Contains("questions: 3   distinct articles: 3   without diacritics: 33.3%", output);
        Assert.Contains("top-1: 2/3 = 66.7%", output);
        Assert.Contains($"{file}:4: \"ck đánh vk có phải bạo lực gia đình ko\" expected 125/2021/ND-CP:8, got 13/2022/QH15:3", output);
    }

    [Fact]
    public async Task A_bad_question_file_is_named_by_line()
    {
        var file = Path.Combine(Path.GetTempPath(), $"hb-questions-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(file, "question\tlaw\tarticle\nthiếu cột\n");
        var (code, _, error) = await RunAsync("", "--eval", file);
        Assert.Equal(1, code);
        Assert.Contains($"{file}:2: expected question<TAB>law<TAB>article number", error);
    }
}

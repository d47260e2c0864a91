using HotlineBot.Content;

namespace HotlineBot.Tests.Content;

/// <summary>dialogs/danger-assessment.yaml is edited by helpline staff: a mistake stops start-up and says where it is.</summary>
public sealed class DangerQuestionnaireLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hb-danger-").FullName;

    private static string Shipped => Path.Combine(AppContext.BaseDirectory, "dialogs");

    public DangerQuestionnaireLoaderTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "messages"));
        File.Copy(Path.Combine(Shipped, "menu.yaml"), Path.Combine(_folder, "menu.yaml"));
        File.WriteAllText(Path.Combine(_folder, "messages", "core.yaml"), "greeting: Xin chào\n");
    }

    [Fact]
    public void A_valid_file_loads_in_order_with_its_levels()
    {
        Write("""
            levels: {low: 1, medium: 3, high: 7}
            questions:
              - id: escalation
                weight: 3
                text: "Gần đây có nặng hơn không?"
              - id: strangling
                weight: 4
                critical: true
                text: "Có từng bóp cổ bạn không?"
            """);

        var questionnaire = ContentLoader.Load(_folder).DangerAssessment;

        Assert.Equal((1, 3, 7), (questionnaire.LowFrom, questionnaire.MediumFrom, questionnaire.HighFrom));
        Assert.Equal([new DangerQuestion("escalation", "Gần đây có nặng hơn không?", 3, false), new DangerQuestion("strangling", "Có từng bóp cổ bạn không?", 4, true)], questionnaire.Questions);
    }

    [Fact]
    public void Each_bad_question_is_reported_with_its_line()
    {
        Write("""
            levels: {low: 1, medium: 3, high: 7}
            questions:
              - id: Bad Id
                weight: 1
                text: "Câu hỏi?"
              - id: no_question_mark
                weight: 1
                text: "Không có dấu hỏi"
              - id: heavy
                weight: 11
                text: "Nặng quá?"
              - id: dup
                weight: 1
                text: "Một?"
              - id: dup
                weight: 1
                text: "Hai?"
              - id: maybe
                weight: 1
                critical: maybe
                text: "Có lẽ?"
            """);

        var problems = Assert.Throws<ContentException>(() => ContentLoader.Load(_folder)).Problems;

        Assert.Contains(problems, p => p.Contains("danger-assessment.yaml:3: question id must be lower-case"));
        Assert.Contains(problems, p => p.Contains("danger-assessment.yaml:6: question 'no_question_mark' needs a text"));
        Assert.Contains(problems, p => p.Contains("danger-assessment.yaml:9: question 'heavy' needs a weight from 1 to 10"));
        Assert.Contains(problems, p => p.Contains("danger-assessment.yaml:15: question 'dup' appears twice"));
        Assert.Contains(problems, p => p.Contains("danger-assessment.yaml:18: question 'maybe': critical must be true or false"));
    }

    [Fact]
    public void Levels_must_be_present_and_rise()
    {
        Write("""
            levels:
              low: 5
              medium: 3
              high: 7
            questions:
              - id: a
                weight: 1
                text: "A?"
            """);

        var problems = Assert.Throws<ContentException>(() => ContentLoader.Load(_folder)).Problems;

        Assert.Contains(problems, p => p.Contains("danger-assessment.yaml:2: levels must rise"));
    }

    [Fact]
    public void Missing_levels_and_questions_are_both_reported()
    {
        Write("title: nothing here\n");

        var problems = Assert.Throws<ContentException>(() => ContentLoader.Load(_folder)).Problems;

        Assert.Contains(problems, p => p.Contains("'levels' must be a mapping"));
        Assert.Contains(problems, p => p.Contains("'questions' must be a non-empty list"));
    }

    [Fact]
    public void A_missing_file_is_reported()
    {
        var problems = Assert.Throws<ContentException>(() => ContentLoader.Load(_folder)).Problems;

        Assert.Contains(problems, p => p.EndsWith("danger-assessment.yaml: file not found"));
    }

    private void Write(string yaml) => File.WriteAllText(Path.Combine(_folder, "danger-assessment.yaml"), yaml + "\n");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

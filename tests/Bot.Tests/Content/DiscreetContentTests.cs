using HotlineBot.Content;

namespace HotlineBot.Tests.Content;

/// <summary>
/// Discreet variants (<c>{id}.discreet</c>) and the word list of discreet mode are content helpline staff edit: used
/// only when asked for, and a mistake stops start-up naming the file and line.
/// </summary>
public sealed class DiscreetContentTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hb-discreet-").FullName;

    private static string Shipped => Path.Combine(AppContext.BaseDirectory, "dialogs");

    [Fact]
    public async Task A_discreet_variant_is_used_inside_a_discreet_scope_only_and_follows_the_async_flow()
    {
        var templates = new MessageTemplates(new Dictionary<string, IReadOnlyList<string>>
        {
            ["greeting"] = ["Đường dây hỗ trợ. Gọi {numbers}."],
            ["greeting.discreet"] = ["Chào bạn. Gọi {numbers}."],
            ["cancelled"] = ["Quay lại danh sách."],
        });

        Assert.Equal("Đường dây hỗ trợ. Gọi 113.", templates.Render("greeting", ("numbers", "113")));
        using (DiscreetMessages.Begin())
        {
            await Task.Yield();
            Assert.Equal("Chào bạn. Gọi 113.", await Task.Run(() => templates.Render("greeting", ("numbers", "113"))));
            Assert.Equal("Quay lại danh sách.", templates.Render("cancelled")); // no variant: the ordinary text
            using (DiscreetMessages.Begin(false))
            {
                Assert.Equal("Đường dây hỗ trợ. Gọi 113.", templates.Render("greeting", ("numbers", "113")));
            }
            Assert.True(DiscreetMessages.IsActive);
        }
        Assert.False(DiscreetMessages.IsActive);
    }

    [Fact]
    public void A_discreet_variant_without_its_message_with_a_placeholder_of_its_own_or_with_fewer_choices_is_refused()
    {
        Copy("menu.yaml");
        Copy("danger-assessment.yaml");
        Write("messages/core.yaml", "greeting: \"Gọi {numbers}.\"\nintake.need_choices:\n  - Một\n  - Hai\n");
        Write("messages/discreet-variants.yaml",
            "goodbye.discreet: \"Tạm biệt\"\ngreeting.discreet: \"Chào {name}, gọi {numbers}.\"\nintake.need_choices.discreet:\n  - Một\n");

        var error = Assert.Throws<ContentException>(() => ContentLoader.Load(_folder));

        Assert.Contains(error.Problems, p => p.EndsWith("discreet-variants.yaml:1: 'goodbye.discreet' is a discreet variant of 'goodbye', which is not defined"));
        Assert.Contains(error.Problems, p => p.EndsWith("discreet-variants.yaml:2: 'greeting.discreet' uses {name}, which 'greeting' does not (the code would not fill it)"));
        Assert.Contains(error.Problems, p => p.Contains("discreet-variants.yaml:3: 'intake.need_choices.discreet' needs 2 choices"));
    }

    [Fact]
    public void The_shipped_word_list_loads_and_is_not_read_as_messages()
    {
        var vocabulary = DiscreetVocabularyLoader.Load(Shipped);

        Assert.Contains(vocabulary.Revealing, r => r.Phrase == "bạo lực");
        Assert.Contains(vocabulary.Rules, r => r.Phrase == "đánh giá" && !r.Reveals);
        Assert.False(ContentLoader.Load(Shipped).Messages.Contains("rewrite"));
    }

    [Fact]
    public void A_word_list_mistake_is_reported_with_its_line_and_a_revealing_replacement_is_refused()
    {
        Write("messages/discreet.yaml", """
            rewrite:
              "bạo lực": "chuyện khó khăn"
              "tạm lánh": "nơi bạo lực"
              "Công An": ""
            keep:
              - đánh giá
              - bạo lực
            accented_only:
              - đánh
            """);

        var error = Assert.Throws<ContentException>(() => DiscreetVocabularyLoader.Load(_folder));

        Assert.Contains(error.Problems, p => p.EndsWith("discreet.yaml:3: the replacement of 'tạm lánh' (\"nơi bạo lực\") contains 'bạo lực', itself revealing"));
        Assert.Contains(error.Problems, p => p.EndsWith("discreet.yaml:4: write 'Công An' in lower case (matching ignores case)"));
        Assert.Contains(error.Problems, p => p.EndsWith("discreet.yaml:7: 'bạo lực' appears twice"));
        Assert.Contains(error.Problems, p => p.EndsWith("discreet.yaml:9: accented_only 'đánh' must be a phrase under 'rewrite'"));
    }

    private void Copy(string relative) => File.Copy(Path.Combine(Shipped, relative), Path.Combine(_folder, relative));

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

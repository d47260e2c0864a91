using System.Reflection;
using HotlineBot.Content;
using Xunit;

namespace HotlineBot.Tests.Content;

/// <summary>Helpline staff edit dialogs/ without recompiling; a mistake must stop start-up and say where it is.</summary>
public sealed class ContentLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hb-content-").FullName;

    private static string Shipped => Path.Combine(AppContext.BaseDirectory, "dialogs");

    [Fact]
    public void Every_message_the_code_asks_for_exists_in_the_shipped_content()
    {
        var content = ContentLoader.Load(Shipped);
        var ids = typeof(MessageIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

        Assert.All(ids, id => Assert.True(content.Messages.Contains(id), $"dialogs/messages has no '{id}'"));
    }

    [Fact]
    public void The_shipped_menu_has_the_six_entries_in_order()
    {
        var menu = ContentLoader.Load(Shipped).Menu.Select(m => m.Label);

        Assert.Equal(["Tôi đang gặp nguy hiểm", "Tôi cần tư vấn", "Hỏi về pháp luật", "Tìm nơi tạm lánh", "Dành cho cộng tác viên", "Gặp tư vấn viên"], menu);
    }

    [Fact]
    public void Shipped_messages_only_use_placeholders_the_code_fills()
    {
        var content = ContentLoader.Load(Shipped);

        var used = content.Messages.Ids.Where(id => !id.StartsWith("legal.", StringComparison.Ordinal)).SelectMany(id => content.Messages.Variants(id).SelectMany(MessageTemplates.PlaceholdersIn)).Distinct().Order();

        // {choices}: sms.choose, filled by SmsRenderer; collaborator.*: CollaboratorDialog and ProcedureViewer; {children_numbers}, {places} and one place's fields: dialogs/messages/emergency.yaml;
        // {position}, {minutes}, {from}, {to}: handoff.*, filled by HumanHandoff; legal.*: Knowledge/LegalMessagesTests
        Assert.Equal(["children_numbers", "choices", "citations", "commune", "count", "distance", "duration", "from", "hours", "index", "kind", "minutes", "name", "numbers", "phone", "places", "position", "remaining", "text", "title", "to"], used);
    }

    [Fact]
    public void A_yaml_syntax_error_names_the_file_and_line()
    {
        WriteValidMenu();
        Write("messages/core.yaml", "greeting: \"Xin chào\"\nmenu.prompt: [unclosed\n");

        var error = Assert.Throws<ContentException>(() => ContentLoader.Load(_folder));

        Assert.True(error.Problems.Any(p => p.Contains("core.yaml:")), string.Join("\n", error.Problems));
        Assert.Contains(error.Problems, p => p.Contains("core.yaml:2:") || p.Contains("core.yaml:3:"));
    }

    [Fact]
    public void An_empty_message_a_duplicate_and_unbalanced_braces_are_each_reported_with_their_line()
    {
        WriteValidMenu();
        Write("messages/a.yaml", "greeting: \"Xin chào {numbers\"\nempty: \"\"\n");
        Write("messages/b.yaml", "\n\ngreeting: \"Chào lần nữa\"\n");

        var error = Assert.Throws<ContentException>(() => ContentLoader.Load(_folder));

        Assert.Contains(error.Problems, p => p.EndsWith("a.yaml:1: message 'greeting' has unbalanced braces in \"Xin chào {numbers\""));
        Assert.Contains(error.Problems, p => p.Contains("a.yaml:2: message 'empty' needs a text"));
        Assert.Contains(error.Problems, p => p.Contains("b.yaml:3: message 'greeting' is defined twice"));
    }

    [Fact]
    public void A_menu_with_an_unknown_id_or_a_missing_entry_is_refused()
    {
        Write("messages/core.yaml", "greeting: Xin chào\n");
        Write("menu.yaml", "- id: danger\n  label: Nguy hiểm\n- id: lottery\n  label: Xổ số\n");

        var error = Assert.Throws<ContentException>(() => ContentLoader.Load(_folder));

        Assert.Contains(error.Problems, p => p.Contains("menu.yaml:3: menu id must be one of"));
        Assert.Contains(error.Problems, p => p.Contains("menu item 'human' is missing"));
    }

    [Fact]
    public void A_missing_messages_folder_says_how_to_point_at_the_content()
    {
        var error = Assert.Throws<ContentException>(() => ContentLoader.Load(Path.Combine(_folder, "nowhere")));

        Assert.Contains("Hotline:ContentRoot", error.Message);
    }

    [Fact]
    public void Rendering_fills_placeholders_and_refuses_to_show_a_citizen_an_unfilled_one()
    {
        var templates = new MessageTemplates(new Dictionary<string, IReadOnlyList<string>> { ["greeting"] = ["Gọi {numbers}."] });

        Assert.Equal("Gọi 113.", templates.Render("greeting", ("numbers", "113")));
        Assert.Throws<InvalidOperationException>(() => templates.Render("greeting"));
    }

    private void WriteValidMenu() =>
        File.Copy(Path.Combine(Shipped, "menu.yaml"), Path.Combine(_folder, "menu.yaml"));

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

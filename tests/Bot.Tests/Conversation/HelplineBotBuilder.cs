using HotlineBot.Content;
using HotlineBot.Conversation;
using HotlineBot.Hosting;
using HotlineBot.Knowledge;
using HotlineBot.Language;
using HotlineBot.Safety;
using HotlineBot.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HotlineBot.Tests.Conversation;

/// <summary>The real bot, its dialogs and the real content from dialogs/, with the default emergency numbers.</summary>
public static class HelplineBotBuilder
{
    public static readonly EmergencyNumber[] DefaultNumbers =
    [
        new() { Number = "113", Label = "Công an" },
        new() { Number = "111", Label = "Bảo vệ trẻ em, miễn phí" },
        new() { Number = "1800 1768", Label = "Hỗ trợ phụ nữ, miễn phí 24/7" },
    ];

    /// <param name="knowledgeRoot">Folder holding the dialogs/knowledge to answer legal questions from (default: the real one).</param>
    public static IBot Build(string? knowledgeRoot = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(Options.Create(new HotlineOptions { EmergencyNumbers = [.. DefaultNumbers] }));
        services.AddSingleton(ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "dialogs")));
        services.AddSingleton<EmergencyNumbersText>();
        var triage = Triage.Load(AppContext.BaseDirectory);
        services.AddSingleton(triage);
        services.AddLegalKnowledge(knowledgeRoot ?? AppContext.BaseDirectory, triage.Tokeniser);
        services.AddBot();
        return services.BuildServiceProvider().GetRequiredService<IBot>();
    }
}

using HotlineBot.Content;
using HotlineBot.Language;

namespace HotlineBot.Knowledge;

/// <summary>DI wiring of the legal knowledge: loaded, validated and indexed now (a broken file stops start-up with file:line).</summary>
public static class KnowledgeServices
{
    public static LegalSearch AddLegalKnowledge(this IServiceCollection services, string contentRoot, Tokeniser tokeniser)
    {
        var search = LegalSearch.Build(KnowledgeLoader.Load(contentRoot), tokeniser);
        services.AddSingleton(search.Knowledge);
        services.AddSingleton(search);
        services.AddSingleton(sp => new LegalAnswerComposer(search, sp.GetRequiredService<HotlineContent>().Messages));
        return search;
    }
}

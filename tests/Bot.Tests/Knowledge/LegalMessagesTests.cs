using HotlineBot.Content;

namespace HotlineBot.Tests.Knowledge;

/// <summary>The legal Q&amp;A's sentences in dialogs/messages/legal.yaml use only the placeholders the composer fills.</summary>
public sealed class LegalMessagesTests
{
    [Fact]
    public void Legal_messages_only_use_placeholders_the_code_fills()
    {
        var messages = KnowledgeFixture.Messages;
        var used = messages.Ids.Where(id => id.StartsWith("legal.", StringComparison.Ordinal))
            .SelectMany(id => messages.Variants(id).SelectMany(MessageTemplates.PlaceholdersIn)).Distinct().Order();
        Assert.Equal(["act", "article", "articles", "cite", "clause", "law", "max", "min", "name", "number", "numbers", "point", "points", "summary", "text", "title", "topic", "whom"], used);
    }
}

using HotlineBot.Activities;
using HotlineBot.Tests.Conversation;
using HotlineBot.Tests.Testing;

namespace HotlineBot.Tests.Knowledge;

/// <summary>The legal Q&amp;A as a citizen sees it, with the real bot and messages over the test knowledge base.</summary>
public sealed class LegalConversationTests
{
    private static Activity Joins => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount("user-1", Role: "user")],
    };

    [Theory]
    [InlineData("Knowledge/Transcripts/legal-question-answered-with-citation.chat")]
    [InlineData("Knowledge/Transcripts/legal-not-sure-offers-counsellor.chat")]
    [InlineData("Knowledge/Transcripts/legal-question-typed-at-menu-touching-danger.chat")]
    public Task Transcript(string chatFile) =>
        new TestFlow(HelplineBotBuilder.Build(knowledgeRoot: KnowledgeFixture.ContentRoot)).Send(Joins).Replay(chatFile).StartTestAsync();

    [Fact]
    public Task A_question_outside_the_laws_is_told_so_with_the_real_knowledge_base() =>
        new TestFlow(HelplineBotBuilder.Build()).Send(Joins).Replay("Knowledge/Transcripts/legal-out-of-scope-says-where-to-ask.chat").StartTestAsync();

    [Fact]
    public Task A_first_message_that_asks_a_legal_question_is_answered_after_the_greeting() =>
        new TestFlow(HelplineBotBuilder.Build(knowledgeRoot: KnowledgeFixture.ContentRoot)).Replay("Knowledge/Transcripts/legal-question-as-first-message.chat").StartTestAsync();

    [Fact]
    public Task On_sms_the_answer_is_the_short_form() =>
        new TestFlow(HelplineBotBuilder.Build(knowledgeRoot: KnowledgeFixture.ContentRoot))
            .Send(Joins with { ChannelId = "sms" })
            .AssertReplyContains("113").AssertReply("Bạn cần hỗ trợ gì? Chọn một mục bên dưới, hoặc nhắn cho mình.")
            .Send(new Activity { Text = "cty chi tuyen nam co sai luat ko", ChannelId = "sms" })
            .AssertReply("Theo Điều 13 Luật Bình đẳng giới, công ty không được chỉ tuyển nam vì lý do giới tính.")
            .AssertSuggestedActions("Xem thêm", "Hỏi câu khác", "Gặp tư vấn viên")
            .StartTestAsync();
}

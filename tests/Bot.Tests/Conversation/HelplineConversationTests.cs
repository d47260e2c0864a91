using HotlineBot.Activities;
using HotlineBot.Conversation;
using HotlineBot.State;
using HotlineBot.Tests.Testing;
using Xunit;

namespace HotlineBot.Tests.Conversation;

/// <summary>Conversations with the real bot and the real Vietnamese content, as a citizen sees them.</summary>
public sealed class HelplineConversationTests
{
    private static Activity Joins => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount("user-1", Role: "user")],
    };

    [Theory]
    [InlineData("Conversation/Transcripts/greeting-and-counselling.chat")]
    [InlineData("Conversation/Transcripts/counselling-without-diacritics.chat")]
    [InlineData("Conversation/Transcripts/emergency-interrupts-counselling.chat")]
    [InlineData("Conversation/Transcripts/not-safe-to-chat.chat")]
    [InlineData("Conversation/Transcripts/features-not-built-say-so.chat")]
    [InlineData("Conversation/Transcripts/cancel-word-returns-to-menu.chat")]
    [InlineData("Conversation/Transcripts/false-friend-does-not-interrupt.chat")]
    [InlineData("Conversation/Transcripts/location-shared-mid-menu.chat")]
    [InlineData("Conversation/Transcripts/danger-assessment-all-yes-is-high.chat")]
    [InlineData("Conversation/Transcripts/danger-assessment-all-no-is-low.chat")]
    [InlineData("Conversation/Transcripts/danger-assessment-skips.chat")]
    [InlineData("Conversation/Transcripts/danger-assessment-sms-shorthand.chat")]
    [InlineData("Conversation/Transcripts/danger-assessment-cancelled-with-huy.chat")]
    [InlineData("Conversation/Transcripts/danger-assessment-stopped-with-thoi.chat")]
    [InlineData("Conversation/Transcripts/danger-assessment-emergency-interrupts-and-resumes.chat")]
    [InlineData("Conversation/Transcripts/danger-assessment-not-safe-goes-quiet.chat")]
    public Task Transcript(string chatFile) =>
        new TestFlow(HelplineBotBuilder.Build()).Send(Joins).Replay(chatFile).StartTestAsync();

    [Fact]
    public async Task A_shared_location_is_kept_only_to_about_a_kilometre()
    {
        var storage = new MemoryStorage();
        await new TestFlow(HelplineBotBuilder.Build(), storage).Send(Joins)
            .AssertReplyContains("113").AssertReply("Bạn cần hỗ trợ gì? Chọn một mục bên dưới, hoặc nhắn cho mình.")
            .Send(new Activity { Text = "📍 Vị trí của tôi", Entities = [Entity.GeoCoordinates(18.340123, 105.906234)] })
            .AssertReply("Cảm ơn bạn, mình đã nhận được vị trí.").AssertReply("Bạn cần hỗ trợ gì? Chọn một mục bên dưới, hoặc nhắn cho mình.")
            .StartTestAsync();

        var saved = (await storage.ReadAsync(ConversationState.KeyFor("test", "conv-1")))!.Json;
        Assert.Contains("\"coarseLocation\":{\"latitude\":18.34,\"longitude\":105.91}", saved);
        Assert.DoesNotContain("18.340123", saved);
    }

    [Fact]
    public async Task A_citizen_who_chose_danger_is_marked_high_risk()
    {
        var storage = new MemoryStorage();
        await new TestFlow(HelplineBotBuilder.Build(), storage).Send(Joins)
            .AssertReplyContains("113").AssertReply("Bạn cần hỗ trợ gì? Chọn một mục bên dưới, hoặc nhắn cho mình.")
            .Send("1")
            .AssertReplyContains("Nếu bạn đang gặp nguy hiểm").AssertReply("Bạn có an toàn để tiếp tục nhắn tin không?")
            .StartTestAsync();

        var saved = await storage.ReadAsync(ConversationState.KeyFor("test", "conv-1"));
        Assert.Contains("\"risk\":\"High\"", saved!.Json);
    }

    [Fact]
    public async Task A_message_that_sounds_dangerous_raises_the_conversation_risk_with_its_reasons()
    {
        var storage = new MemoryStorage();
        var bot = HelplineBotBuilder.Build();
        var runner = new HotlineBot.Turns.TurnRunner(new HotlineBot.Turns.MiddlewareSet(
        [
            new AutoSaveStateMiddleware(storage, Microsoft.Extensions.Options.Options.Create(new HotlineBot.Hosting.HotlineOptions()), Microsoft.Extensions.Logging.Abstractions.NullLogger<AutoSaveStateMiddleware>.Instance),
            new TriageMiddleware(HotlineBot.Language.Triage.Load(AppContext.BaseDirectory)),
        ]), bot);
        var message = new Activity { Text = "ck cam dao doa giet e", ChannelId = "test", Conversation = new ConversationAccount("risky"), From = new ChannelAccount("u1", Role: "user") };

        var turn = await runner.RunTurnAsync(message, (a, _) => Task.FromResult(a));

        var saved = await storage.ReadAsync(ConversationState.KeyFor("test", "risky"));
        Assert.Contains("\"risk\":\"High\"", saved!.Json);
        Assert.Contains("weapon:dao", saved.Json);
        Assert.Contains(turn.SentSnapshot(), a => a.Text?.Contains("113") == true);
    }
}

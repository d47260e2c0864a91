using HotlineBot.Activities;
using HotlineBot.Channels.DirectLine;
using HotlineBot.Content;
using HotlineBot.Conversation;
using HotlineBot.Handoff;
using HotlineBot.Hosting;
using HotlineBot.Referral.Cases;
using HotlineBot.Safety;
using HotlineBot.Tests.Conversation;
using HotlineBot.Tests.State;
using HotlineBot.Tests.Testing;
using HotlineBot.Turns;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Xunit;

namespace HotlineBot.Tests.Handoff;

/// <summary>
/// A citizen waiting in the queue for a counsellor, with the real bot, the handoff gate and a case queue in Redis:
/// cancelling (and what is not a cancel), an emergency while waiting, and "hủy" once an operator holds the case.
/// </summary>
public sealed class WaitingCitizenTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private const string Folder = "Handoff/Transcripts/";
    private const string CaseKey = "Ym90LXRlc3RzLW9ubHktY2FzZS1rZXktMzItYnl0ZXM=";

    private static readonly HotlineContent Content = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"));
    private static readonly EmergencyNumbersText Numbers = new(Options.Create(new HotlineOptions { EmergencyNumbers = [.. HelplineBotBuilder.DefaultNumbers] }));
    private static readonly TriageMiddleware Triage = new(HotlineBot.Language.Triage.Load(AppContext.BaseDirectory));

    private const string Menu = "Bạn cần hỗ trợ gì? Chọn một mục bên dưới, hoặc nhắn cho mình.";

    private static Activity Joins => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount("user-1", Role: "user")],
    };

    [Theory]
    [InlineData("cancel-while-waiting.chat")]
    [InlineData("cancel-without-diacritics-while-waiting.chat")]
    public async Task Cancelling_while_waiting_cancels_the_case_as_the_citizen_and_the_bot_serves_on(string chatFile)
    {
        var (flow, cases, store, conversation) = await FlowAsync();

        await flow.Replay(Folder + chatFile).StartTestAsync();

        var last = await LastAuditAsync(cases);
        Assert.Equal("citizen", last["who"]);
        Assert.Equal("transition", last["action"]);
        Assert.Contains("cancelled", last["after"], StringComparison.Ordinal);
        Assert.Equal(0, await cases.QueueLengthAsync());
        Assert.Null(await store.GetLinkAsync("test", conversation));
    }

    [Fact]
    public async Task An_emergency_typed_while_waiting_still_gets_the_numbers_and_the_request_stays()
    {
        var (flow, cases, store, conversation) = await FlowAsync();

        await flow.Replay(Folder + "emergency-while-waiting.chat").StartTestAsync();

        var link = await store.GetLinkAsync("test", conversation);
        Assert.False(link!.Active);
        Assert.Equal(1, await cases.QueuePositionAsync(link.CaseId)); // still waiting for the counsellor
    }

    [Fact]
    public async Task An_emergency_request_is_withdrawn_only_after_a_clear_yes()
    {
        var (flow, cases, store, conversation) = await FlowAsync();
        var urgent = await cases.CreateAsync(new NewCase("test", conversation, CaseRisk.High, ["weapon"], null, null, [], null, null), "bot");
        await store.SetLinkAsync("test", conversation, new HandoffLink(urgent, Active: false));

        await flow
            .AssertReplyContains("Xin chào")
            .AssertReply(Menu)
            .Send("huy")
            .AssertReplyContains("Bạn có chắc muốn hủy không?")
            .Send("không")
            .AssertReplyContains("Mình vẫn giữ yêu cầu của bạn")
            .AssertReply(Menu)
            .DoAsync(async () => Assert.Equal(1, await cases.QueuePositionAsync(urgent))) // a stray "huy" stood nobody down
            .Send("hủy yêu cầu")
            .AssertReplyContains("Bạn có chắc muốn hủy không?")
            .Send("có")
            .AssertReplyContains("Mình đã hủy yêu cầu gặp tư vấn viên")
            .AssertReply(Menu)
            .StartTestAsync();
        Assert.Null(await cases.QueuePositionAsync(urgent));
        Assert.Equal("citizen", (await LastAuditAsync(cases))["who"]);
    }

    [Fact]
    public async Task Web_chat_offers_a_cancel_button_under_the_menu_while_waiting_and_it_cancels()
    {
        var (flow, cases, _, _) = await FlowAsync(channel: DirectLineAdapter.ChannelId);

        await flow
            .Send(WebChat("Gặp tư vấn viên"))
            .AssertReplyContains("vị trí số 1")
            .AssertReply(Menu)
            .AssertSuggestedActions([.. Content.Menu.Select(m => m.Label), "Hủy yêu cầu"])
            .Send(WebChat("Hủy yêu cầu"))
            .AssertReplyContains("Mình đã hủy yêu cầu gặp tư vấn viên")
            .AssertReply(Menu)
            .AssertSuggestedActions([.. Content.Menu.Select(m => m.Label)])
            .StartTestAsync();

        Assert.Equal(0, await cases.QueueLengthAsync());
    }

    [Fact]
    public async Task Once_an_operator_holds_the_case_huy_is_relayed_to_them_as_text_and_cancels_nothing()
    {
        var (flow, cases, store, conversation) = await FlowAsync();
        string? caseId = null;

        await flow
            .AssertReplyContains("Xin chào")
            .AssertReply(Menu)
            .Send("Gặp tư vấn viên")
            .AssertReplyContains("vị trí số 1")
            .AssertReply(Menu)
            .Do(() => caseId = store.GetLinkAsync("test", conversation).GetAwaiter().GetResult()!.CaseId)
            .Do(() => HoldAsync(cases, store, caseId!, conversation).GetAwaiter().GetResult())
            .Send("hủy")
            .StartTestAsync(); // the bot says nothing: the operator has the conversation

        Assert.Equal(CaseStatus.Contacted, (await cases.SummaryAsync(caseId!))!.Status);
        Assert.Equal(["hủy"], (await store.ReadAsync(caseId!, 0)).Where(e => e.From == "citizen").Select(e => e.Text));
    }

    [Fact]
    public async Task Cancelling_a_moment_after_an_operator_claimed_the_case_cancels_nothing_and_says_someone_is_coming()
    {
        var (flow, cases, store, conversation) = await FlowAsync();
        string? caseId = null;

        await flow
            .AssertReplyContains("Xin chào")
            .AssertReply(Menu)
            .Send("Gặp tư vấn viên")
            .AssertReplyContains("vị trí số 1")
            .AssertReply(Menu)
            .Do(() => caseId = store.GetLinkAsync("test", conversation).GetAwaiter().GetResult()!.CaseId)
            .Do(() => Assert.Equal(TransitionResult.Done, cases.ClaimAsync(caseId!, "op-lan").GetAwaiter().GetResult())) // not yet joined
            .Send("hủy yêu cầu")
            .AssertReply("Một tư vấn viên vừa nhận yêu cầu của bạn và sẽ vào ngay. Nếu bạn không muốn trò chuyện nữa, bạn cứ nhắn cho tư vấn viên biết nhé.")
            .AssertReply(Menu)
            .StartTestAsync();

        Assert.Equal(CaseStatus.Claimed, (await cases.SummaryAsync(caseId!))!.Status);
    }

    [Fact]
    public async Task Asking_again_while_waiting_gives_the_place_and_the_button_again()
    {
        var (flow, _, _, _) = await FlowAsync(channel: DirectLineAdapter.ChannelId);

        await flow
            .Send(WebChat("Gặp tư vấn viên"))
            .AssertReplyContains("vị trí số 1")
            .AssertReply(Menu)
            .Send(WebChat("gặp tư vấn viên"))
            .AssertReplyContains("Bạn vẫn đang trong hàng chờ, vị trí số 1")
            .AssertReply(Menu)
            .AssertSuggestedActions([.. Content.Menu.Select(m => m.Label), "Hủy yêu cầu"])
            .StartTestAsync();
    }

    // The newest entry of the audit stream, field by field.
    private async Task<Dictionary<string, string>> LastAuditAsync(RedisCaseStore cases)
    {
        var newest = (RedisResult[])(await redis.Connection.GetDatabase().ExecuteAsync("XREVRANGE", cases.AuditKey, "+", "-", "COUNT", "1"))!;
        var fields = (RedisResult[])((RedisResult[])newest[0]!)[1]!;
        return Enumerable.Range(0, fields.Length / 2).ToDictionary(i => (string)fields[2 * i]!, i => (string)fields[(2 * i) + 1]!);
    }

    private static Activity WebChat(string text) => new() { Text = text, ChannelId = DirectLineAdapter.ChannelId };

    // What the console does when an operator claims a case (CaseDesk.ClaimAsync), without the relay.
    private static async Task HoldAsync(RedisCaseStore cases, HandoffStore store, string caseId, string conversation)
    {
        Assert.Equal(TransitionResult.Done, await cases.ClaimAsync(caseId, "op-lan"));
        Assert.Equal(TransitionResult.Done, await cases.TransitionAsync(caseId, CaseStatus.Contacted, "op-lan"));
        await store.SetLinkAsync("test", conversation, new HandoffLink(caseId, Active: true));
    }

    /// <summary>The bot and pipeline (triage, handoff gate) over this test's own queue and conversation.</summary>
    private async Task<(TestFlow Flow, RedisCaseStore Cases, HandoffStore Store, string Conversation)> FlowAsync(string channel = "test")
    {
        var prefix = $"test:{Guid.NewGuid():N}:";
        var conversation = "conv-" + Guid.NewGuid().ToString("N");
        var caseOptions = new CaseOptions { EncryptionKey = CaseKey };
        var cases = new RedisCaseStore(redis.Connection, TimeProvider.System, caseOptions, prefix);
        var store = new HandoffStore(redis.Connection, TimeProvider.System, Options.Create(caseOptions));
        var gate = new HandoffGateMiddleware(Content, Numbers, store, new HandoffSignals(redis.Connection, new ConversationHub()));
        var bot = HelplineBotBuilder.Build(cases: cases, redis: redis.Connection);
        var flow = new TestFlow(bot, conversationId: conversation, middleware: [Triage, gate]).Send(Joins with { ChannelId = channel });
        if (channel != "test")
        {
            flow.AssertReplyContains("Xin chào").AssertReply(Menu);
        }
        return (flow, cases, store, conversation);
    }
}

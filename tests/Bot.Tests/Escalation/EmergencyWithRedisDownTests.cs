using Stopwatch = System.Diagnostics.Stopwatch;
using HotlineBot.Activities;
using HotlineBot.Conversation;
using HotlineBot.Escalation;
using HotlineBot.Referral.Cases;
using HotlineBot.Referral.Directory;
using HotlineBot.State;
using HotlineBot.Testing;
using HotlineBot.Tests.Conversation;
using HotlineBot.Tests.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HotlineBot.Tests.Escalation;

/// <summary>
/// The "with Redis down" transcript: Redis dies (kill -9) while the person is asked where they are. The reply
/// still comes quickly with the numbers; the case waits in the local outbox and reaches the queue exactly once when
/// Redis is back.
/// </summary>
public sealed class EmergencyWithRedisDownTests
{
    private const string CaseKey = "Ym90LXRlc3RzLW9ubHktY2FzZS1rZXktMzItYnl0ZXM=";
    private const string Menu = "Bạn cần hỗ trợ gì? Chọn một mục bên dưới, hoặc nhắn cho mình.";
    private const string Numbers = "113 (Công an) · 111 (Bảo vệ trẻ em, miễn phí) · 1800 1768 (Hỗ trợ phụ nữ, miễn phí 24/7)";

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // with the console's handoff services too: tying the case to the conversation must not hold the reply either
    public async Task With_redis_down_the_numbers_still_go_out_and_the_case_is_written_once_when_redis_returns(bool withHandoff)
    {
        var first = await RedisServer.StartAsync();
        using var redis = await ConnectionMultiplexer.ConnectAsync(first.ConnectionString + ",connectTimeout=300");
        var places = new RedisPlaceStore(redis, TimeProvider.System, "hb:");
        await HaTinhPlaces.SeedAsync(places);
        var cases = new RedisCaseStore(redis, TimeProvider.System, new CaseOptions { EncryptionKey = CaseKey }, "hb:");
        var options = new EscalationOptions { WriteTimeout = TimeSpan.FromMilliseconds(500), RetryFirstDelay = TimeSpan.FromMilliseconds(100), RetryMaxDelay = TimeSpan.FromSeconds(1) };
        var outbox = new CaseOutbox(Options.Create(options), NullLogger<CaseOutbox>.Instance);
        var writer = new CaseOutboxWriter(cases, outbox, TimeProvider.System, Options.Create(options), NullLogger<CaseOutboxWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        var bot = HelplineBotBuilder.Build(places, cases, outbox, options, redis: withHandoff ? redis : null);
        var storage = new MemoryStorage(); // the conversation's own state is not what this test takes away
        var triage = new TriageMiddleware(HotlineBot.Language.Triage.Load(AppContext.BaseDirectory));

        await new TestFlow(bot, storage, middleware: [triage])
            .Send(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount("user-1", Role: "user")] })
            .AssertReplyContains(Numbers).AssertReply(Menu)
            .Send("cứu em với, chồng em đang đánh em")
            .AssertReply($"Nếu bạn đang gặp nguy hiểm, hãy gọi ngay: {Numbers}. Nếu không nói được, hãy tìm đến nơi đông người hoặc nhờ hàng xóm giúp.")
            .AssertReply("Bạn có an toàn để tiếp tục nhắn tin không?")
            .Send("có")
            .AssertReply("Cảm ơn bạn. Mình vẫn ở đây.")
            .AssertReplyContains("Bạn đang ở khoảng nào?")
            .StartTestAsync();

        first.Kill();
        var clock = Stopwatch.StartNew();
        await new TestFlow(bot, storage, middleware: [triage])
            .Send("Thạch Hà")
            .AssertReply("Lúc này mình chưa tra được danh sách nơi hỗ trợ.")
            .AssertReply($"Mình đã báo cho tư vấn viên. Tư vấn viên sẽ liên hệ với bạn qua kênh này sớm nhất có thể. Trong lúc chờ, nếu nguy hiểm hãy gọi ngay: {Numbers}.")
            .AssertReply(Menu)
            .StartTestAsync();
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"the reply waited {clock.Elapsed} on a dead Redis");
        var kept = Assert.Single(outbox.Snapshot());

        await using var second = await RedisServer.StartAsync(first.Port, first.DataFolder);
        for (var waited = 0; outbox.Count > 0 && waited < 300; waited++)
        {
            await Task.Delay(100);
        }
        await writer.StopAsync(CancellationToken.None);

        Assert.Equal(0, outbox.Count);
        Assert.Equal(1, await cases.QueueLengthAsync());
        var queued = (await cases.GetAsync(kept.Id))!;
        Assert.Equal((CaseRisk.High, CaseStatus.Queued), (queued.Risk, queued.Status));
        Assert.Equal(("ha-tinh", "Thạch Hà"), (queued.ProvinceId, queued.Commune));
        Assert.Empty(queued.SuggestedPlaceIds); // the directory could not be asked
        Assert.Contains("rule:emergency:call-for-help", queued.Cues);
        if (withHandoff) // and it is tied to the conversation, so whoever claims it can write back
        {
            var links = new HotlineBot.Handoff.HandoffStore(redis, TimeProvider.System, Options.Create(new CaseOptions { EncryptionKey = CaseKey }));
            HotlineBot.Handoff.HandoffLink? link = null;
            for (var waited = 0; link is null && waited < 100; waited++)
            {
                link = await links.GetLinkAsync("test", "conv-1");
                await Task.Delay(100);
            }
            Assert.Equal(kept.Id, link?.CaseId);
        }
        await first.DisposeAsync();
    }
}

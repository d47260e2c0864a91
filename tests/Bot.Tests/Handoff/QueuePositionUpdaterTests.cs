using HotlineBot.Channels.DirectLine;
using HotlineBot.Channels.Sms;
using HotlineBot.Content;
using HotlineBot.Handoff;
using HotlineBot.Hosting;
using HotlineBot.Operators;
using HotlineBot.Referral.Cases;
using HotlineBot.Safety;
using HotlineBot.Tests.Collaborators;
using HotlineBot.Tests.Conversation;
using HotlineBot.Tests.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace HotlineBot.Tests.Handoff;

/// <summary>
/// The queue sweeper with a real queue in Redis and a clock the test moves: who hears about their place, when, and by
/// which channel (web chat every 2 minutes at most, SMS every 15, never in SMS discreet mode).
/// </summary>
public sealed class QueuePositionUpdaterTests(RedisFixture redis) : IClassFixture<RedisFixture>, IAsyncLifetime
{
    private const string CaseKey = "Ym90LXRlc3RzLW9ubHktY2FzZS1rZXktMzItYnl0ZXM=";
    private static readonly HotlineContent Content = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"));
    private static readonly EmergencyNumbersText Numbers = new(Options.Create(new HotlineOptions { EmergencyNumbers = [.. HelplineBotBuilder.DefaultNumbers] }));

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
    private readonly MemoryConversationLog _webChat = new(new ConversationHub());
    private readonly MemoryOutbox _texts = new();
    private MemorySmsStore _sms = null!;
    private RedisCaseStore _cases = null!;
    private HandoffStore _store = null!;
    private QueuePositionUpdater _updater = null!;

    public Task InitializeAsync()
    {
        var caseOptions = new CaseOptions { EncryptionKey = CaseKey };
        _sms = new MemorySmsStore(_clock);
        _cases = new RedisCaseStore(redis.Connection, _clock, caseOptions, $"test:{Guid.NewGuid():N}:");
        _store = new HandoffStore(redis.Connection, _clock, Options.Create(caseOptions));
        var renderer = new SmsRenderer(Content, new DiscreetRewriter(DiscreetVocabularyLoader.Load(Path.Combine(AppContext.BaseDirectory, "dialogs")), Numbers, Content));
        var relay = new CitizenRelay(_webChat, _store, Content, _clock, _texts, _sms, renderer);
        _updater = new QueuePositionUpdater(redis.Connection, _cases, _store, new HandoffSignals(redis.Connection, new ConversationHub()), relay, _sms, Content, Numbers,
            Options.Create(new QueueUpdateOptions()), Options.Create(new ConsoleOptions()), _clock, NullLogger<QueuePositionUpdater>.Instance);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_web_chat_citizen_hears_once_that_they_moved_up_when_the_case_ahead_is_taken_but_not_before_two_minutes()
    {
        var ahead = await WaitingAsync(DirectLineAdapter.ChannelId, told: null);
        var citizen = await WaitingAsync(DirectLineAdapter.ChannelId, told: 2);
        await _cases.ClaimAsync(ahead.CaseId, "op-lan");

        _clock.Advance(TimeSpan.FromSeconds(90));
        Assert.Equal(0, await _updater.SweepOnceAsync());
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await _updater.SweepOnceAsync());
        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, await _updater.SweepOnceAsync()); // nothing changed since

        var said = Assert.Single(await WebChatSaysAsync(citizen.ConversationId));
        Assert.Contains("Bạn đã lên vị trí số 1 trong hàng chờ", said, StringComparison.Ordinal);
        Assert.Contains("1800 1768", said, StringComparison.Ordinal);
        Assert.Empty(await WebChatSaysAsync(ahead.ConversationId));
    }

    [Fact]
    public async Task When_the_last_operator_leaves_the_citizen_is_told_honestly_that_the_wait_may_be_longer()
    {
        await _store.HeartbeatAsync("op-lan");
        var citizen = await WaitingAsync(DirectLineAdapter.ChannelId, told: 1, minutes: 15);
        await _store.OfflineAsync("op-lan");
        _clock.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(1, await _updater.SweepOnceAsync());

        Assert.Contains("lâu hơn mình đã báo", Assert.Single(await WebChatSaysAsync(citizen.ConversationId)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_sms_the_update_waits_fifteen_minutes_and_goes_to_the_number_kept_with_the_case()
    {
        var ahead = await WaitingAsync(TwilioPayload.ChannelId, told: null);
        var citizen = await WaitingAsync(TwilioPayload.ChannelId, told: 2);
        await _store.SetRecipientAsync(citizen.CaseId, "sealed-number");
        await _cases.ClaimAsync(ahead.CaseId, "op-lan");

        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await _updater.SweepOnceAsync());
        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1, await _updater.SweepOnceAsync());

        var text = Assert.IsType<OutboxEntry>(await _texts.TakeAsync());
        Assert.Equal(("sealed-number", citizen.ConversationId), (text.To, text.ConversationId));
        Assert.Contains("vị trí số 1", text.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_sms_discreet_mode_no_unasked_text_about_the_queue_is_ever_sent()
    {
        var ahead = await WaitingAsync(TwilioPayload.ChannelId, told: null);
        var citizen = await WaitingAsync(TwilioPayload.ChannelId, told: 2);
        await _store.SetRecipientAsync(citizen.CaseId, "sealed-number");
        await _sms.SetDiscreetAsync(citizen.ConversationId, true, TimeSpan.FromDays(1));
        await _cases.ClaimAsync(ahead.CaseId, "op-lan");

        _clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(0, await _updater.SweepOnceAsync());
        Assert.Equal(0, await _texts.CountAsync());
    }

    [Fact]
    public async Task A_case_whose_citizen_was_never_told_a_place_gets_no_updates()
    {
        var ahead = await WaitingAsync(DirectLineAdapter.ChannelId, told: null);
        var emergency = await WaitingAsync(DirectLineAdapter.ChannelId, told: null); // queued by the emergency dialog, not "Gặp tư vấn viên"
        await _cases.ClaimAsync(ahead.CaseId, "op-lan");
        _clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, await _updater.SweepOnceAsync());
        Assert.Empty(await WebChatSaysAsync(emergency.ConversationId));
    }

    // A citizen waiting in the queue; told: the place they were told when they asked (null: never told one).
    private async Task<(string CaseId, string ConversationId)> WaitingAsync(string channel, long? told, int? minutes = null)
    {
        var conversation = "conv-" + Guid.NewGuid().ToString("N");
        await _webChat.StartAsync(conversation);
        var id = await _cases.CreateAsync(new NewCase(channel, conversation, CaseRisk.Medium, [], null, null, [], null, null), "test");
        if (told is { } position)
        {
            await _store.SetToldAsync(id, new QueueStanding(position, minutes, _clock.GetUtcNow()));
        }
        _clock.Advance(TimeSpan.FromMilliseconds(10)); // the next one queues behind
        return (id, conversation);
    }

    private async Task<IReadOnlyList<string>> WebChatSaysAsync(string conversation) =>
        [.. (await _webChat.ReadAsync(conversation, 0)).Activities
            .Select(json => System.Text.Json.JsonDocument.Parse(json).RootElement)
            .Where(a => a.GetProperty("type").GetString() == "message")
            .Select(a => a.GetProperty("text").GetString()!)];
}

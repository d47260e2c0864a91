using HotlineBot.Activities;
using HotlineBot.Conversation;
using HotlineBot.Referral.Cases;
using HotlineBot.Referral.Directory;
using HotlineBot.Tests.State;
using HotlineBot.Tests.Testing;
using Xunit;

namespace HotlineBot.Tests.Conversation;

/// <summary>
/// The emergency dialog and the shelter finder with a real directory and case queue in Redis (places around Thạch Hà):
/// what the citizen reads, and the case an operator finds in the queue afterwards.
/// </summary>
public sealed class EmergencyConversationTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private const string Folder = "Conversation/Transcripts/";
    private const string CaseKey = "Ym90LXRlc3RzLW9ubHktY2FzZS1rZXktMzItYnl0ZXM=";

    private static readonly TriageMiddleware Triage = new(HotlineBot.Language.Triage.Load(AppContext.BaseDirectory));

    private static Activity Joins => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount("user-1", Role: "user")],
    };

    [Theory]
    [InlineData("emergency-with-shared-location.chat", "ha-tinh", "Thạch Hà", "ht-trusted-home ht-police ht-shelter")]
    [InlineData("emergency-with-typed-commune.chat", "ha-tinh", "Thạch Hà", "ht-trusted-home ht-shelter ht-police")]
    [InlineData("emergency-unknown-place-then-province.chat", "ha-tinh", null, "ht-shelter ht-trusted-home ht-police")]
    [InlineData("emergency-skips-where.chat", null, null, "")]
    [InlineData("emergency-danger-again-while-asked-where.chat", "ha-tinh", "Thạch Hà", "ht-trusted-home ht-police ht-shelter")]
    public async Task An_emergency_ends_with_one_high_priority_case_holding_only_the_coarse_area_and_the_places_offered(
        string chatFile, string? province, string? commune, string places)
    {
        var (bot, cases) = await BotAsync();

        await new TestFlow(bot, middleware: [Triage]).Send(Joins).Replay(Folder + chatFile).StartTestAsync();

        Assert.Equal(1, await cases.QueueLengthAsync());
        var queued = (await cases.GetAsync((await cases.ClaimNextAsync("operator-1"))!))!;
        Assert.Equal(CaseRisk.High, queued.Risk);
        Assert.Equal(("test", "conv-1"), (queued.Channel, queued.ConversationId));
        Assert.Equal((province, commune), (queued.ProvinceId, queued.Commune));
        Assert.Equal(places, string.Join(' ', queued.SuggestedPlaceIds));
        Assert.Contains("dialog:emergency", queued.Cues);
        Assert.Null(queued.Phone);
        Assert.Null(queued.Notes);
    }

    [Fact]
    public async Task Not_safe_to_chat_ends_quietly_without_a_case() =>
        await TranscriptWithoutCaseAsync("not-safe-to-chat.chat");

    [Fact]
    public async Task The_shelter_finder_lists_places_and_makes_no_case_unless_asked() =>
        await TranscriptWithoutCaseAsync("shelter-with-children.chat");

    [Fact]
    public async Task Asking_the_shelter_finder_for_a_counsellor_hands_over_with_the_area_and_places()
    {
        var (bot, cases) = await BotAsync();

        await new TestFlow(bot, middleware: [Triage]).Send(Joins).Replay(Folder + "shelter-asks-for-a-counsellor.chat").StartTestAsync();

        var queued = (await cases.GetAsync((await cases.ClaimNextAsync("operator-1"))!))!;
        Assert.Equal(CaseRisk.Medium, queued.Risk);
        Assert.Equal(("ha-tinh", "Thạch Hà"), (queued.ProvinceId, queued.Commune));
        Assert.Equal(["ht-trusted-home", "ht-police", "ht-shelter"], queued.SuggestedPlaceIds);
    }

    private async Task TranscriptWithoutCaseAsync(string chatFile)
    {
        var (bot, cases) = await BotAsync();

        await new TestFlow(bot, middleware: [Triage]).Send(Joins).Replay(Folder + chatFile).StartTestAsync();

        Assert.Equal(0, await cases.QueueLengthAsync());
    }

    /// <summary>The bot over this test's own keys (a unique prefix), with the Thạch Hà places seeded.</summary>
    private async Task<(HotlineBot.Turns.IBot Bot, RedisCaseStore Cases)> BotAsync()
    {
        var prefix = $"test:{Guid.NewGuid():N}:";
        var places = new RedisPlaceStore(redis.Connection, TimeProvider.System, prefix);
        await HaTinhPlaces.SeedAsync(places);
        var cases = new RedisCaseStore(redis.Connection, TimeProvider.System, new CaseOptions { EncryptionKey = CaseKey }, prefix);
        return (HelplineBotBuilder.Build(places, cases, redis: redis.Connection), cases);
    }
}

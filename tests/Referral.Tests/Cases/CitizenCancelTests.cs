using HotlineBot.Referral.Cases;

namespace HotlineBot.ReferralTests.Cases;

/// <summary>The citizen withdrawing a case: only while it waits, atomically against an operator's claim.</summary>
public sealed class CitizenCancelTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_waiting_case_is_cancelled_and_leaves_the_queue_but_a_claimed_one_is_not()
    {
        var store = new RedisCaseStore(redis.Redis, _clock, CaseFixtures.Options(), RedisFixture.Prefix());
        var waiting = await store.CreateAsync(CaseFixtures.Case(), "bot");
        var claimed = await store.CreateAsync(CaseFixtures.Case(), "bot");
        await store.ClaimAsync(claimed, "op1");

        Assert.Equal(TransitionResult.Done, await store.CancelQueuedAsync(waiting, "citizen"));
        Assert.Equal(TransitionResult.NotAllowed, await store.CancelQueuedAsync(claimed, "citizen"));
        Assert.Equal(TransitionResult.NotAllowed, await store.CancelQueuedAsync(waiting, "citizen")); // already cancelled
        Assert.Equal(TransitionResult.NotFound, await store.CancelQueuedAsync("no-such-case", "citizen"));

        Assert.Equal(CaseStatus.Cancelled, (await store.SummaryAsync(waiting))!.Status);
        Assert.Equal(CaseStatus.Claimed, (await store.SummaryAsync(claimed))!.Status);
        Assert.Empty(await store.QueuedIdsAsync(10));
    }

    [Fact]
    public async Task Of_a_cancel_and_a_claim_racing_for_one_case_exactly_one_wins()
    {
        var store = new RedisCaseStore(redis.Redis, _clock, CaseFixtures.Options(), RedisFixture.Prefix());
        for (var round = 0; round < 20; round++)
        {
            var id = await store.CreateAsync(CaseFixtures.Case(), "bot");

            var results = await Task.WhenAll(Task.Run(() => store.CancelQueuedAsync(id, "citizen")), Task.Run(() => store.ClaimAsync(id, "op1")));

            Assert.Single(results, r => r == TransitionResult.Done);
            Assert.Contains((await store.SummaryAsync(id))!.Status, new[] { CaseStatus.Cancelled, CaseStatus.Claimed });
        }
    }

    [Fact]
    public async Task The_queue_ids_come_in_serving_order()
    {
        var store = new RedisCaseStore(redis.Redis, _clock, CaseFixtures.Options(), RedisFixture.Prefix());
        var low = await store.CreateAsync(CaseFixtures.Case(CaseRisk.Low), "bot");
        _clock.Advance(TimeSpan.FromMinutes(1));
        var high = await store.CreateAsync(CaseFixtures.Case(CaseRisk.High), "bot");

        Assert.Equal([high, low], await store.QueuedIdsAsync(10));
        Assert.Equal([high], await store.QueuedIdsAsync(1));
    }
}

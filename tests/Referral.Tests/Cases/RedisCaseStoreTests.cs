using System.Security.Cryptography;
using HotlineBot.Referral.Cases;

namespace HotlineBot.ReferralTests.Cases;

public sealed class RedisCaseStoreTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_created_case_is_queued_and_its_phone_and_notes_are_encrypted_at_rest()
    {
        var prefix = RedisFixture.Prefix();
        var store = new RedisCaseStore(redis.Redis, _clock, CaseFixtures.Options(), prefix);

        var id = await store.CreateAsync(CaseFixtures.Case(), "bot");

        var c = await store.GetAsync(id);
        Assert.Equal((CaseStatus.Queued, "0000 000 999", "[TEST] ghi chú"), (c!.Status, c.Phone, c.Notes));
        Assert.Equal(["weapon", "threat-to-kill"], c.Cues);
        Assert.Equal(1, await store.QueueLengthAsync());
        var raw = await redis.Redis.GetDatabase().HashGetAllAsync(prefix + "case:" + id);
        Assert.DoesNotContain(raw, e => ((string)e.Value!).Contains("0000 000 999") || ((string)e.Value!).Contains("ghi chú"));
        Assert.StartsWith("v1:", (string)raw.Single(e => e.Name == "phone").Value!);
        var ttl = await redis.Redis.GetDatabase().KeyTimeToLiveAsync(prefix + "case:" + id);
        Assert.InRange(ttl!.Value, TimeSpan.FromDays(29), TimeSpan.FromDays(30));
    }

    [Fact]
    public async Task Another_key_cannot_read_the_phone()
    {
        var prefix = RedisFixture.Prefix();
        var id = await new RedisCaseStore(redis.Redis, _clock, CaseFixtures.Options(), prefix).CreateAsync(CaseFixtures.Case(), "bot");
        var otherKey = new CaseOptions { EncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };

        await Assert.ThrowsAnyAsync<CryptographicException>(() => new RedisCaseStore(redis.Redis, _clock, otherKey, prefix).GetAsync(id));
    }

    [Fact]
    public async Task The_queue_serves_higher_risk_first_then_the_longest_waiting()
    {
        var store = new RedisCaseStore(redis.Redis, _clock, CaseFixtures.Options(), RedisFixture.Prefix());
        var oldMedium = await store.CreateAsync(CaseFixtures.Case(CaseRisk.Medium), "bot");
        _clock.Advance(TimeSpan.FromMinutes(1));
        var firstHigh = await store.CreateAsync(CaseFixtures.Case(CaseRisk.High), "bot");
        _clock.Advance(TimeSpan.FromMinutes(1));
        var secondHigh = await store.CreateAsync(CaseFixtures.Case(CaseRisk.High), "bot");

        Assert.Equal(firstHigh, await store.ClaimNextAsync("op1"));
        Assert.Equal(secondHigh, await store.ClaimNextAsync("op1"));
        Assert.Equal(oldMedium, await store.ClaimNextAsync("op1"));
        Assert.Null(await store.ClaimNextAsync("op1"));
    }

    [Fact]
    public async Task Fifty_concurrent_claimers_on_100_cases_claim_each_exactly_once()
    {
        var store = new RedisCaseStore(redis.Redis, _clock, CaseFixtures.Options(), RedisFixture.Prefix());
        var ids = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            ids.Add(await store.CreateAsync(CaseFixtures.Case((CaseRisk)(i % 3)), "bot"));
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 50).Select(op => Task.Run(async () =>
        {
            var mine = new List<string>();
            while (await store.ClaimNextAsync($"op{op}") is { } id)
            {
                mine.Add(id);
            }
            return (Operator: $"op{op}", Cases: mine);
        })));

        var all = claims.SelectMany(c => c.Cases).ToList();
        Assert.Equal(100, all.Count);
        Assert.Equal(ids.Order(), all.Order());
        foreach (var (op, cases) in claims)
        {
            foreach (var id in cases)
            {
                Assert.Equal(op, (await store.GetAsync(id))!.ClaimedBy);
            }
        }
    }

    [Fact]
    public async Task A_claim_not_acted_on_in_time_returns_to_the_queue()
    {
        var store = new RedisCaseStore(redis.Redis, _clock, CaseFixtures.Options(), RedisFixture.Prefix());
        var id = await store.CreateAsync(CaseFixtures.Case(), "bot");
        Assert.Equal(id, await store.ClaimNextAsync("op1"));
        Assert.Null(await store.ClaimNextAsync("op2"));

        _clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(id, await store.ClaimNextAsync("op2"));
        Assert.Equal(TransitionResult.NotYourClaim, await store.TransitionAsync(id, CaseStatus.Contacted, "op1"));
        Assert.Equal(TransitionResult.Done, await store.TransitionAsync(id, CaseStatus.Contacted, "op2"));
        _clock.Advance(TimeSpan.FromMinutes(60));
        Assert.Null(await store.ClaimNextAsync("op3"));
    }

    [Fact]
    public async Task The_lifecycle_is_enforced_and_every_transition_audited()
    {
        var prefix = RedisFixture.Prefix();
        var store = new RedisCaseStore(redis.Redis, _clock, CaseFixtures.Options(), prefix);
        var places = new Referral.Directory.RedisPlaceStore(redis.Redis, _clock, prefix);
        var id = await store.CreateAsync(CaseFixtures.Case(), "bot");

        Assert.Equal(TransitionResult.NotAllowed, await store.TransitionAsync(id, CaseStatus.Referred, "op1"));
        Assert.Equal(id, await store.ClaimNextAsync("op1"));
        Assert.Equal(TransitionResult.Done, await store.TransitionAsync(id, CaseStatus.Contacted, "op1"));
        Assert.Equal(TransitionResult.Done, await store.TransitionAsync(id, CaseStatus.Referred, "op1"));
        Assert.Equal(TransitionResult.NotAllowed, await store.TransitionAsync(id, CaseStatus.Closed, "op1"));
        Assert.Equal(TransitionResult.Done, await store.TransitionAsync(id, CaseStatus.Closed, "op1", "sheltered"));
        Assert.Equal(TransitionResult.NotAllowed, await store.TransitionAsync(id, CaseStatus.Cancelled, "op1"));
        Assert.Equal(TransitionResult.NotFound, await store.TransitionAsync("missing", CaseStatus.Cancelled, "op1"));

        var c = await store.GetAsync(id);
        Assert.Equal((CaseStatus.Closed, "sheltered"), (c!.Status, c.Outcome));
        var audit = await places.ReadAuditAsync();
        Assert.Equal(["create", "claim", "transition", "transition", "transition"], audit.Select(a => a.Action));
        Assert.Equal(["bot", "op1", "op1", "op1", "op1"], audit.Select(a => a.Who));
        Assert.All(audit, a => Assert.Equal("case:" + id, a.Entity));
        Assert.Contains("closed", audit[^1].After);
        Assert.DoesNotContain(audit, a => a.After.Contains("0000 000 999") || a.Before.Contains("0000 000 999"));
    }
}

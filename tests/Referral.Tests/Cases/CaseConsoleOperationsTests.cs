using HotlineBot.Referral.Cases;
using HotlineBot.Referral.Directory;
using StackExchange.Redis;

namespace HotlineBot.ReferralTests.Cases;

/// <summary>What the operator console does to a case: claim by id, reassign, notes, audited reads.</summary>
public sealed class CaseConsoleOperationsTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Of_twenty_operators_claiming_one_case_by_id_at_once_exactly_one_gets_it()
    {
        var store = new RedisCaseStore(redis.Redis, _clock, CaseFixtures.Options(), RedisFixture.Prefix());
        var id = await store.CreateAsync(CaseFixtures.Case(), "bot");

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(op => Task.Run(() => store.ClaimAsync(id, $"op{op}"))));

        Assert.Single(results, r => r == TransitionResult.Done);
        Assert.Equal(19, results.Count(r => r == TransitionResult.NotAllowed));
        var c = await store.GetAsync(id);
        Assert.Equal(CaseStatus.Claimed, c!.Status);
        Assert.Equal($"op{Array.IndexOf(results, TransitionResult.Done)}", c.ClaimedBy);
        Assert.Equal(0, await store.QueueLengthAsync());
        Assert.Equal(TransitionResult.NotFound, await store.ClaimAsync("no-such-case", "op1"));
    }

    [Fact]
    public async Task The_queue_lists_cases_in_serving_order_and_a_claimed_one_leaves_it()
    {
        var store = new RedisCaseStore(redis.Redis, _clock, CaseFixtures.Options(), RedisFixture.Prefix());
        var low = await store.CreateAsync(CaseFixtures.Case(CaseRisk.Low), "bot");
        _clock.Advance(TimeSpan.FromMinutes(1));
        var high = await store.CreateAsync(CaseFixtures.Case(CaseRisk.High), "bot");
        _clock.Advance(TimeSpan.FromMinutes(1));
        var medium = await store.CreateAsync(CaseFixtures.Case(CaseRisk.Medium), "bot");

        Assert.Equal([high, medium, low], (await store.QueuedAsync(10)).Select(c => c.Id));
        await store.ClaimAsync(medium, "op1");
        Assert.Equal([high, low], (await store.QueuedAsync(10)).Select(c => c.Id));
    }

    [Fact]
    public async Task A_holder_can_hand_over_their_own_case_only_and_a_supervisor_anyones()
    {
        var store = new RedisCaseStore(redis.Redis, _clock, CaseFixtures.Options(), RedisFixture.Prefix());
        var id = await store.CreateAsync(CaseFixtures.Case(), "bot");
        await store.ClaimAsync(id, "op1");
        await store.TransitionAsync(id, CaseStatus.Contacted, "op1");

        Assert.Equal(TransitionResult.NotYourClaim, await store.ReassignAsync(id, "op2", "op2", requiredHolder: "op2"));
        Assert.Equal(TransitionResult.Done, await store.ReassignAsync(id, "op1", "op2", requiredHolder: "op1"));
        Assert.Equal("op2", (await store.GetAsync(id))!.ClaimedBy);
        Assert.Equal(TransitionResult.Done, await store.ReassignAsync(id, "sup1", "op3", requiredHolder: null));
        Assert.Equal("op3", (await store.GetAsync(id))!.ClaimedBy);
        Assert.Equal(TransitionResult.Done, await store.TransitionAsync(id, CaseStatus.Closed, "op3", "referred-out"));
        Assert.Equal(TransitionResult.NotAllowed, await store.ReassignAsync(id, "sup1", "op1", requiredHolder: null));
    }

    [Fact]
    public async Task Notes_are_encrypted_at_rest_and_the_audit_names_who_and_what_but_never_the_text()
    {
        var prefix = RedisFixture.Prefix();
        var store = new RedisCaseStore(redis.Redis, _clock, CaseFixtures.Options(), prefix);
        var id = await store.CreateAsync(CaseFixtures.Case(), "bot");

        await store.AddNoteAsync(id, "op1", "[TEST] chị ấy muốn gọi lại sau 8 giờ tối");
        await store.AuditAsync(id, "op1", "view-transcript");

        var notes = await store.NotesAsync(id);
        Assert.Equal(("op1", "[TEST] chị ấy muốn gọi lại sau 8 giờ tối"), (notes.Single().Who, notes.Single().Text));
        var raw = await redis.Redis.GetDatabase().ListRangeAsync(prefix + "case:" + id + ":notes");
        Assert.DoesNotContain("gọi lại", (string)raw.Single()!);
        var audit = await new RedisPlaceStore(redis.Redis, _clock, prefix).ReadAuditAsync();
        var mine = audit.Where(a => a.Entity == "case:" + id).ToList();
        Assert.Equal(["create", "note", "view-transcript"], mine.Select(a => a.Action));
        Assert.All(mine.Skip(1), a => Assert.Equal(("op1", "2026-03-02T02:00:00.0000000+00:00"), (a.Who, a.At)));
        Assert.DoesNotContain(mine, a => a.After.Contains("gọi lại", StringComparison.Ordinal));
    }
}

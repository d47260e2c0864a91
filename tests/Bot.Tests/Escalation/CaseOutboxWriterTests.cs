using HotlineBot.Escalation;
using HotlineBot.Referral.Cases;
using HotlineBot.Tests.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HotlineBot.Tests.Escalation;

/// <summary>The writer that empties the local outbox into Redis: most urgent first, and never a case twice.</summary>
public sealed class CaseOutboxWriterTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private static readonly EscalationOptions Fast = new() { RetryFirstDelay = TimeSpan.FromMilliseconds(50), RetryMaxDelay = TimeSpan.FromMilliseconds(200) };

    [Fact]
    public async Task A_case_whose_first_write_landed_although_its_answer_was_lost_is_not_queued_a_second_time()
    {
        var cases = Cases();
        var outbox = new CaseOutbox(Options.Create(Fast), NullLogger<CaseOutbox>.Instance);
        var landed = new PendingCase(RedisCaseStore.NewId(), Case(CaseRisk.High), DateTimeOffset.UtcNow);
        Assert.True(await cases.CreateAsync(landed.Id, landed.Case, CaseEscalation.Who)); // the write the bot gave up waiting for
        outbox.Add(landed);
        outbox.Add(new PendingCase(RedisCaseStore.NewId(), Case(CaseRisk.Medium), DateTimeOffset.UtcNow));

        await RunWriterUntilEmptyAsync(cases, outbox);

        Assert.Equal(2, await cases.QueueLengthAsync());
        Assert.Equal(landed.Id, await cases.ClaimNextAsync("operator-1")); // high risk first
    }

    private RedisCaseStore Cases() =>
        new(redis.Connection, TimeProvider.System, new CaseOptions { EncryptionKey = "Ym90LXRlc3RzLW9ubHktY2FzZS1rZXktMzItYnl0ZXM=" }, $"test:{Guid.NewGuid():N}:");

    private static async Task RunWriterUntilEmptyAsync(RedisCaseStore cases, CaseOutbox outbox)
    {
        var writer = new CaseOutboxWriter(cases, outbox, TimeProvider.System, Options.Create(Fast), NullLogger<CaseOutboxWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        for (var waited = 0; outbox.Count > 0 && waited < 100; waited++)
        {
            await Task.Delay(50);
        }
        await writer.StopAsync(CancellationToken.None);
        Assert.Equal(0, outbox.Count);
    }

    private static NewCase Case(CaseRisk risk) =>
        new("directline", "conv-writer", risk, ["dialog:emergency"], "ha-tinh", null, [], null, null);
}

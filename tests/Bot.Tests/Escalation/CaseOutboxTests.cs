using HotlineBot.Escalation;
using HotlineBot.Referral.Cases;
using HotlineBot.Tests.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HotlineBot.Tests.Escalation;

/// <summary>The local outbox of cases Redis could not take: bounded, most urgent first, and never silent about a loss.</summary>
public sealed class CaseOutboxTests
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Cases_wait_most_urgent_first_then_longest_waiting()
    {
        var outbox = Outbox(capacity: 10, out _);

        outbox.Add(Pending("low", CaseRisk.Low, minutes: 0));
        outbox.Add(Pending("high-later", CaseRisk.High, minutes: 2));
        outbox.Add(Pending("high-first", CaseRisk.High, minutes: 1));

        Assert.Equal(["high-first", "high-later", "low"], outbox.Snapshot().Select(c => c.Id));
    }

    [Fact]
    public void When_full_the_oldest_lowest_risk_case_gives_way_to_a_more_urgent_one_with_a_loud_log_line_and_no_personal_data()
    {
        var outbox = Outbox(capacity: 3, out var log);
        outbox.Add(Pending("medium-old", CaseRisk.Medium, minutes: 0));
        outbox.Add(Pending("medium-new", CaseRisk.Medium, minutes: 1));
        outbox.Add(Pending("high", CaseRisk.High, minutes: 2));

        Assert.True(outbox.Add(Pending("high-2", CaseRisk.High, minutes: 3)));

        Assert.Equal(["high", "high-2", "medium-new"], outbox.Snapshot().Select(c => c.Id));
        Assert.Equal(1, outbox.GivenWay);
        var (level, message) = Assert.Single(log.Lines);
        Assert.Equal(LogLevel.Error, level);
        Assert.Contains("CASE OUTBOX FULL (3/3)", message);
        Assert.Contains("medium-old", message);
        Assert.Contains("1 cases lost", message);
        Assert.DoesNotContain("sms-secret-conversation", message);
        Assert.DoesNotContain("0000 000 999", message);
    }

    [Fact]
    public void When_full_of_more_urgent_cases_a_low_risk_case_is_refused_loudly_not_dropped_silently()
    {
        var outbox = Outbox(capacity: 2, out var log);
        outbox.Add(Pending("high-1", CaseRisk.High, minutes: 0));
        outbox.Add(Pending("high-2", CaseRisk.High, minutes: 1));

        Assert.False(outbox.Add(Pending("low", CaseRisk.Low, minutes: 2)));

        Assert.Equal(["high-1", "high-2"], outbox.Snapshot().Select(c => c.Id));
        Assert.Equal(1, outbox.GivenWay);
        Assert.Contains(log.Lines, l => l.Level == LogLevel.Error && l.Message.Contains("low"));
    }

    [Fact]
    public async Task Without_redis_a_case_is_kept_locally_and_the_caller_is_told_so_at_once()
    {
        var outbox = Outbox(capacity: 5, out _);
        var escalation = new CaseEscalation(null, outbox, TimeProvider.System, Options.Create(new EscalationOptions()), NullLogger<CaseEscalation>.Instance);

        var result = await escalation.EscalateAsync(Pending("x", CaseRisk.High, 0).Case);

        Assert.Equal(EscalationOutcome.KeptLocally, result.Outcome);
        Assert.Equal(result.CaseId, Assert.Single(outbox.Snapshot()).Id);
    }

    private static CaseOutbox Outbox(int capacity, out ListLogger<CaseOutbox> log)
    {
        log = new ListLogger<CaseOutbox>();
        return new CaseOutbox(Options.Create(new EscalationOptions { OutboxCapacity = capacity }), log);
    }

    private static PendingCase Pending(string id, CaseRisk risk, int minutes) =>
        new(id, new NewCase("sms", "sms-secret-conversation", risk, ["dialog:emergency"], "ha-tinh", "Thạch Hà", [], "0000 000 999", null), Morning.AddMinutes(minutes));
}

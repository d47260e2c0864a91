using HotlineBot.Referral.Cases;
using Microsoft.Extensions.Options;

namespace HotlineBot.Escalation;

/// <summary>
/// Cases Redis could not take yet, in memory, bounded by <see cref="EscalationOptions.OutboxCapacity"/>. Full, the
/// oldest case of the lowest risk gives way to a case at a higher risk — never silently: a loud warning gives the
/// counts (never any personal data). A case at a risk below everything kept is refused the same way.
/// <see cref="CaseOutboxWriter"/> writes the cases to Redis, most urgent first, when it is reachable.
/// </summary>
public sealed class CaseOutbox(IOptions<EscalationOptions> options, ILogger<CaseOutbox> log)
{
    private readonly Lock _gate = new();
    private readonly List<PendingCase> _cases = [];
    private readonly SemaphoreSlim _added = new(0);
    private long _givenWay;

    public int Capacity => options.Value.OutboxCapacity;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _cases.Count;
            }
        }
    }

    /// <summary>How many cases had to give way (or were refused) since start: anything above 0 means operators missed cases.</summary>
    public long GivenWay => Interlocked.Read(ref _givenWay);

    /// <summary>Keeps <paramref name="pending"/>; false when the outbox is full of cases at a higher risk (logged loudly).</summary>
    public bool Add(PendingCase pending)
    {
        PendingCase? evicted = null;
        int count;
        lock (_gate)
        {
            if (_cases.Any(c => c.Id == pending.Id))
            {
                return true;
            }
            if (_cases.Count >= Capacity)
            {
                var lowest = _cases.Min(c => c.Case.Risk);
                if (pending.Case.Risk <= lowest)
                {
                    evicted = pending;
                }
                else
                {
                    evicted = _cases.Where(c => c.Case.Risk == lowest).MinBy(c => c.KeptAt)!;
                    _cases.Remove(evicted);
                }
            }
            if (!ReferenceEquals(evicted, pending))
            {
                _cases.Add(pending);
            }
            count = _cases.Count;
        }
        if (evicted is not null)
        {
            var total = Interlocked.Increment(ref _givenWay);
            log.LogError(
                "!!! CASE OUTBOX FULL ({Count}/{Capacity}): case {CaseId} at risk {Risk}, kept since {KeptAt:O}, was NOT written to the operators' queue ({GivenWay} cases lost since start). Redis must come back",
                count, Capacity, evicted.Id, evicted.Case.Risk, evicted.KeptAt, total);
        }
        if (ReferenceEquals(evicted, pending))
        {
            return false;
        }
        _added.Release();
        return true;
    }

    /// <summary>The cases waiting, most urgent first (higher risk, then the longest kept).</summary>
    public IReadOnlyList<PendingCase> Snapshot()
    {
        lock (_gate)
        {
            return [.. _cases.OrderByDescending(c => c.Case.Risk).ThenBy(c => c.KeptAt)];
        }
    }

    /// <summary>Forgets a case once Redis holds it.</summary>
    public void Remove(string caseId)
    {
        lock (_gate)
        {
            _cases.RemoveAll(c => c.Id == caseId);
        }
    }

    /// <summary>Returns when at least one case is waiting.</summary>
    public async Task WaitForCasesAsync(CancellationToken cancellationToken = default)
    {
        while (Count == 0)
        {
            await _added.WaitAsync(cancellationToken);
        }
    }
}

using System.Globalization;
using System.Text.Json;
using StackExchange.Redis;

namespace HotlineBot.Referral.Cases;

/// <summary>What the operator console needs beyond the lifecycle: the queue as a list, claim by id, reassign, notes, audit of reads.</summary>
public sealed partial class RedisCaseStore
{
    /// <summary>
    /// The first <paramref name="count"/> queued cases in serving order (most urgent, then longest waiting), without
    /// their phone and notes (a queue view has no business decrypting them).
    /// </summary>
    public async Task<IReadOnlyList<ReferralCase>> QueuedAsync(int count, CancellationToken cancellationToken = default)
    {
        var ids = await _db.SortedSetRangeByRankAsync(QueueKey, 0, count - 1);
        var cases = await Task.WhenAll(ids.Select(id => ReadAsync((string)id!, withSecrets: false)));
        return [.. cases.OfType<ReferralCase>().Where(c => c.Status == CaseStatus.Queued)];
    }

    /// <summary>The case without its phone and notes (both null), for lists and checks that do not show them.</summary>
    public Task<ReferralCase?> SummaryAsync(string id, CancellationToken cancellationToken = default) => ReadAsync(id, withSecrets: false);

    /// <summary>1 for the case served next, 2 after it, …; null when it is not queued.</summary>
    public async Task<long?> QueuePositionAsync(string id, CancellationToken cancellationToken = default) =>
        await _db.SortedSetRankAsync(QueueKey, id) is { } rank ? rank + 1 : null;

    /// <summary>Claims this queued case for <paramref name="operatorId"/>, atomically: of two operators, exactly one gets it.</summary>
    public async Task<TransitionResult> ClaimAsync(string id, string operatorId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var result = (int)await _db.ScriptEvaluateAsync(CaseConsoleScripts.ClaimById,
            [CaseKey(id), QueueKey, ClaimsKey, AuditKey],
            [id, operatorId, Iso(now), now.ToUnixTimeMilliseconds() + (long)options.ClaimTimeout.TotalMilliseconds, TtlSeconds()]);
        return Outcome(result);
    }

    /// <summary>
    /// Hands a held case to <paramref name="to"/>. With <paramref name="requiredHolder"/> (an operator transferring their own
    /// case) it must be theirs; without (a supervisor) anyone's.
    /// </summary>
    public async Task<TransitionResult> ReassignAsync(string id, string actor, string to, string? requiredHolder, CancellationToken cancellationToken = default)
    {
        var result = (int)await _db.ScriptEvaluateAsync(CaseConsoleScripts.Reassign,
            [CaseKey(id), AuditKey],
            [id, actor, to, Iso(time.GetUtcNow()), TtlSeconds(), requiredHolder ?? ""]);
        return Outcome(result);
    }

    /// <summary>Records in the audit stream that <paramref name="who"/> did <paramref name="action"/> on the case (a read, a message, …).</summary>
    public Task AuditAsync(string id, string who, string action, string detail = "{}", CancellationToken cancellationToken = default) =>
        _db.ExecuteAsync("XADD", AuditKey, "*", "who", who, "at", Iso(time.GetUtcNow()), "entity", "case:" + id, "action", action, "before", "{}", "after", detail);

    /// <summary>Adds an encrypted note (kept as long as the case) and audits that one was added (not its text).</summary>
    public async Task AddNoteAsync(string id, string who, string text, CancellationToken cancellationToken = default)
    {
        var note = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["at"] = Iso(time.GetUtcNow()),
            ["who"] = who,
            ["text"] = _cipher.Encrypt(text, id + ":note"),
        });
        var key = NotesKey(id);
        await _db.ListRightPushAsync(key, note);
        await _db.KeyExpireAsync(key, TimeSpan.FromSeconds(TtlSeconds()));
        await _db.KeyExpireAsync(CaseKey(id), TimeSpan.FromSeconds(TtlSeconds()));
        await AuditAsync(id, who, "note", cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<CaseNote>> NotesAsync(string id, CancellationToken cancellationToken = default)
    {
        var raw = await _db.ListRangeAsync(NotesKey(id));
        return [.. raw.Select(r =>
        {
            var f = JsonSerializer.Deserialize<Dictionary<string, string>>((string)r!)!;
            return new CaseNote(DateTimeOffset.Parse(f["at"], CultureInfo.InvariantCulture), f["who"], _cipher.Decrypt(f["text"], id + ":note"));
        })];
    }

    private RedisKey NotesKey(string id) => prefix + "case:" + id + ":notes";

    private static TransitionResult Outcome(int result) => result switch
    {
        1 => TransitionResult.Done,
        0 => TransitionResult.NotAllowed,
        -1 => TransitionResult.NotFound,
        _ => TransitionResult.NotYourClaim,
    };
}

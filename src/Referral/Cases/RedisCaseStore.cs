using HotlineBot.Referral.Privacy;
using System.Globalization;
using StackExchange.Redis;

namespace HotlineBot.Referral.Cases;

/// <summary>
/// Referral cases in Redis: one hash per case (<c>hb:case:{id}</c>, expiring after <see cref="CaseOptions.CaseRetention"/>
/// from its last change), the operator queue <c>hb:cases:queue</c> (sorted set: higher risk first, then longest
/// waiting), the claims <c>hb:cases:claims</c> (sorted by claim expiry) and the audit stream <c>hb:audit</c>.
/// Phone and notes are encrypted with <see cref="FieldCipher"/>; the audit holds statuses only.
/// </summary>
public sealed partial class RedisCaseStore(IConnectionMultiplexer redis, TimeProvider time, CaseOptions options, string prefix = "hb:")
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> AllowedFrom = new()
    {
        [CaseStatus.Queued] = [CaseStatus.Claimed],
        [CaseStatus.Contacted] = [CaseStatus.Claimed],
        [CaseStatus.Referred] = [CaseStatus.Contacted],
        [CaseStatus.Closed] = [CaseStatus.Contacted, CaseStatus.Referred],
        [CaseStatus.Cancelled] = [CaseStatus.New, CaseStatus.Queued, CaseStatus.Claimed, CaseStatus.Contacted, CaseStatus.Referred],
    };

    private readonly IDatabase _db = redis.GetDatabase();
    private readonly FieldCipher _cipher = new(options.EncryptionKey);

    public string QueueKey => prefix + "cases:queue";

    public string ClaimsKey => prefix + "cases:claims";

    public string AuditKey => prefix + "audit";

    /// <summary>Creates the case and queues it in one atomic step (new → queued, audited); returns its id.</summary>
    public async Task<string> CreateAsync(NewCase c, string who, CancellationToken cancellationToken = default)
    {
        var id = NewId();
        return await CreateAsync(id, c, who, cancellationToken) ? id : throw new InvalidOperationException("case id collision");
    }

    /// <summary>A fresh case id (32 hex digits), for callers that must retry a creation under the same id.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>
    /// Creates and queues the case under <paramref name="id"/> unless a case with that id exists. Returns false when it
    /// does: retrying a creation whose answer was lost (a timeout, a dropped connection) never makes a second case.
    /// </summary>
    public async Task<bool> CreateAsync(string id, NewCase c, string who, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var fields = new List<RedisValue>
        {
            id, who, Iso(now), QueueScore(c.Risk, now).ToString("R", CultureInfo.InvariantCulture), TtlSeconds(),
            "id", id,
            "channel", c.Channel,
            "conversation", c.ConversationId,
            "risk", Code(c.Risk),
            "cues", string.Join('|', c.Cues),
            "province", c.ProvinceId ?? "",
            "commune", c.Commune ?? "",
            "suggested", string.Join('|', c.SuggestedPlaceIds),
            "phone", c.Phone is null ? "" : _cipher.Encrypt(c.Phone, id),
            "notes", c.Notes is null ? "" : _cipher.Encrypt(c.Notes, id),
            "claimed_by", "",
            "outcome", "",
            "created_at", Iso(now),
        };
        return (int)await _db.ScriptEvaluateAsync(CaseScripts.Create, [CaseKey(id), QueueKey, AuditKey], [.. fields]) == 1;
    }

    public Task<ReferralCase?> GetAsync(string id, CancellationToken cancellationToken = default) => ReadAsync(id, withSecrets: true);

    /// <summary>The case; with <paramref name="withSecrets"/> false, phone and notes stay encrypted and come back null.</summary>
    private async Task<ReferralCase?> ReadAsync(string id, bool withSecrets)
    {
        var entries = await _db.HashGetAllAsync(CaseKey(id));
        if (entries.Length == 0)
        {
            return null;
        }
        var f = entries.ToDictionary(e => (string)e.Name!, e => (string)e.Value!, StringComparer.Ordinal);
        return new ReferralCase(
            f["id"],
            f["channel"],
            f["conversation"],
            Enum.Parse<CaseRisk>(f["risk"], ignoreCase: true),
            List(f["cues"]),
            Empty(f["province"]),
            Empty(f["commune"]),
            List(f["suggested"]),
            f["phone"].Length == 0 || !withSecrets ? null : _cipher.Decrypt(f["phone"], id),
            f["notes"].Length == 0 || !withSecrets ? null : _cipher.Decrypt(f["notes"], id),
            Enum.Parse<CaseStatus>(f["status"], ignoreCase: true),
            Empty(f["claimed_by"]),
            Empty(f["outcome"]),
            DateTimeOffset.Parse(f["created_at"], CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Atomically takes the most urgent queued case for <paramref name="operatorId"/> (after returning claims older than
    /// <see cref="CaseOptions.ClaimTimeout"/> to the queue). Two operators never hold one case. Null when the queue is empty.
    /// </summary>
    public async Task<string?> ClaimNextAsync(string operatorId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var result = await _db.ScriptEvaluateAsync(
            CaseScripts.Claim,
            [QueueKey, ClaimsKey, AuditKey],
            [operatorId, Iso(now), now.ToUnixTimeMilliseconds(), (long)options.ClaimTimeout.TotalMilliseconds, prefix + "case:", TtlSeconds()]);
        return result.IsNull ? null : (string)result!;
    }

    /// <summary>Moves a case along its lifecycle (see <see cref="CaseStatus"/>); closing needs an outcome.</summary>
    public async Task<TransitionResult> TransitionAsync(string id, CaseStatus to, string who, string? outcome = null, CancellationToken cancellationToken = default)
    {
        if (!AllowedFrom.TryGetValue(to, out var from) || (to == CaseStatus.Closed && string.IsNullOrWhiteSpace(outcome)))
        {
            return TransitionResult.NotAllowed;
        }
        var result = (int)await _db.ScriptEvaluateAsync(
            CaseScripts.Transition,
            [CaseKey(id), ClaimsKey, QueueKey, AuditKey],
            [id, who, Iso(time.GetUtcNow()), Code(to), string.Join(',', from.Select(Code)), outcome ?? "", TtlSeconds()]);
        return result switch
        {
            1 => TransitionResult.Done,
            0 => TransitionResult.NotAllowed,
            -1 => TransitionResult.NotFound,
            _ => TransitionResult.NotYourClaim,
        };
    }

    public Task<long> QueueLengthAsync(CancellationToken cancellationToken = default) => _db.SortedSetLengthAsync(QueueKey);

    /// <summary>Lower is served first: risk band (high = 0), then creation time in ms.</summary>
    internal static double QueueScore(CaseRisk risk, DateTimeOffset created) =>
        ((double)(CaseRisk.High - risk) * 1e13) + created.ToUnixTimeMilliseconds();

    private RedisKey CaseKey(string id) => prefix + "case:" + id;

    private long TtlSeconds() => Math.Max(1, (long)options.CaseRetention.TotalSeconds);

    private static string Code<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Iso(DateTimeOffset t) => t.ToString("O", CultureInfo.InvariantCulture);

    private static string? Empty(string s) => s.Length == 0 ? null : s;

    private static string[] List(string s) => s.Split('|', StringSplitOptions.RemoveEmptyEntries);
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using StackExchange.Redis;

namespace HotlineBot.Operators;

/// <summary>
/// Staff accounts in Redis: one hash per account, <c>hb:users:{name}</c> (no expiry), and the set of names
/// <c>hb:users-index</c>. Passwords are hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>
/// (PBKDF2); failed sign-ins are counted atomically and lock the account for a while after too many in a row — the
/// console and the collaborator sign-in in chat share that counter. <c>hb:users-ids</c> maps account ids to names, so
/// a collaborator chat token can name the account by id alone.
/// </summary>
public sealed partial class OperatorAccountStore(IConnectionMultiplexer redis, TimeProvider clock, ConsoleOptions options, string prefix = "hb:")
{
    private const string CountFailure = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        local failed = redis.call('HINCRBY', KEYS[1], 'failed', 1)
        if failed >= tonumber(ARGV[1]) then
          redis.call('HSET', KEYS[1], 'failed', 0, 'locked_until', ARGV[2])
          return 2
        end
        return 1
        """;

    private static readonly PasswordHasher<OperatorAccount> Hasher = new();

    // Verified against when the name is unknown, so an unknown name takes as long as a wrong password.
    private static readonly string DummyHash = Hasher.HashPassword(null!, "not-a-password-" + Guid.NewGuid());

    private readonly IDatabase _db = redis.GetDatabase();

    public static bool IsValidName(string? name) => name is not null && NamePattern().IsMatch(name);

    /// <summary>
    /// Creates the account, or changes the password and role of an existing one (ending its sessions). True when created.
    /// <paramref name="province"/> (a gazetteer province id) is kept from before when null; a disabled account stays disabled.
    /// </summary>
    public async Task<(bool Created, OperatorAccount Account)> SaveAsync(string name, string role, string password, string? province = null, CancellationToken cancellationToken = default)
    {
        if (!IsValidName(name) || !OperatorRoles.IsValid(role))
        {
            throw new ArgumentException("invalid name or role");
        }
        if (password.Length < options.MinPasswordLength)
        {
            throw new ArgumentException($"the password must have at least {options.MinPasswordLength} characters");
        }
        var existing = await GetAsync(name, cancellationToken);
        var account = new OperatorAccount(
            existing?.Id ?? "u-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
            name,
            role,
            "",
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            0,
            null,
            province ?? existing?.Province,
            existing?.Disabled ?? false);
        account = account with { PasswordHash = Hasher.HashPassword(account, password) };
        var transaction = _db.CreateTransaction();
        _ = transaction.HashSetAsync(Key(name),
        [
            new("id", account.Id), new("name", name), new("role", role), new("hash", account.PasswordHash),
            new("stamp", account.Stamp), new("failed", 0), new("locked_until", ""), new("province", account.Province ?? ""),
        ]);
        _ = transaction.SetAddAsync(IndexKey, name);
        _ = transaction.HashSetAsync(IdsKey, account.Id, name);
        await transaction.ExecuteAsync();
        return (existing is null, account);
    }

    /// <summary>Ends every session of the account (signing out does this), without touching its password or role.</summary>
    public Task RotateStampAsync(string name, CancellationToken cancellationToken = default) =>
        _db.HashSetAsync(Key(name), "stamp", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)));

    /// <summary>
    /// Disables (or enables again) the account: a disabled account cannot sign in, and its stamp changes so its console
    /// sessions and collaborator chat tokens end. False when there is no such account.
    /// </summary>
    public async Task<bool> SetDisabledAsync(string name, bool disabled, CancellationToken cancellationToken = default)
    {
        if (!IsValidName(name) || !await _db.KeyExistsAsync(Key(name)))
        {
            return false;
        }
        await _db.HashSetAsync(Key(name), [new("disabled", disabled ? "1" : "0"), new("stamp", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)))]);
        return true;
    }

    /// <summary>The account with this id (as a collaborator chat token names it), or null.</summary>
    public async Task<OperatorAccount?> GetByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        var name = await _db.HashGetAsync(IdsKey, id);
        var account = name.IsNullOrEmpty ? null : await GetAsync((string)name!, cancellationToken);
        return account?.Id == id ? account : null;
    }

    public async Task<OperatorAccount?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!IsValidName(name))
        {
            return null;
        }
        var f = (await _db.HashGetAllAsync(Key(name))).ToDictionary(e => (string)e.Name!, e => (string)e.Value!, StringComparer.Ordinal);
        if (f.Count == 0)
        {
            return null;
        }
        return new OperatorAccount(f["id"], f["name"], f["role"], f["hash"], f["stamp"],
            int.Parse(f.GetValueOrDefault("failed", "0"), CultureInfo.InvariantCulture),
            long.TryParse(f.GetValueOrDefault("locked_until", ""), CultureInfo.InvariantCulture, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null,
            f.GetValueOrDefault("province") is { Length: > 0 } province ? province : null,
            f.GetValueOrDefault("disabled") == "1");
    }

    public async Task<IReadOnlyList<OperatorAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        var names = await _db.SetMembersAsync(IndexKey);
        var accounts = await Task.WhenAll(names.Select(n => GetAsync((string)n!, cancellationToken)));
        return [.. accounts.OfType<OperatorAccount>().OrderBy(a => a.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Checks a sign-in. A locked account is refused even with the right password; a wrong one counts towards the lockout.
    /// A disabled account's right password gives <see cref="LoginOutcome.Disabled"/>; a wrong one still counts.
    /// </summary>
    public async Task<(LoginOutcome Outcome, OperatorAccount? Account)> SignInAsync(string? name, string? password, CancellationToken cancellationToken = default)
    {
        var account = name is null ? null : await GetAsync(name, cancellationToken);
        if (account is null || string.IsNullOrEmpty(password))
        {
            Hasher.VerifyHashedPassword(null!, DummyHash, password ?? "");
            return (LoginOutcome.Invalid, null);
        }
        var now = clock.GetUtcNow();
        if (account.LockedUntil is { } until && until > now)
        {
            return (LoginOutcome.LockedOut, null);
        }
        var verified = Hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verified == PasswordVerificationResult.Failed)
        {
            var result = (int)await _db.ScriptEvaluateAsync(CountFailure, [Key(account.Name)],
                [options.MaxFailedLogins, (now + options.LockoutDuration).ToUnixTimeMilliseconds()]);
            return (result == 2 ? LoginOutcome.LockedOut : LoginOutcome.Invalid, null);
        }
        if (account.FailedLogins > 0 || account.LockedUntil is not null)
        {
            await _db.HashSetAsync(Key(account.Name), [new("failed", 0), new("locked_until", "")]);
        }
        return account.Disabled ? (LoginOutcome.Disabled, null) : (LoginOutcome.Success, account);
    }

    private RedisKey IndexKey => prefix + "users-index";

    private RedisKey IdsKey => prefix + "users-ids";

    private RedisKey Key(string name) => prefix + "users:" + name;

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,31}$")]
    private static partial Regex NamePattern();
}

using System.Threading.RateLimiting;
using HotlineBot.Activities;
using HotlineBot.Operators;
using Microsoft.Extensions.Options;

namespace HotlineBot.Collaborators;

/// <summary>
/// Checks collaborator accounts for the collaborator area: a name and password typed in chat (against
/// <see cref="OperatorAccountStore"/>, sharing the account's lockout with the console, at most
/// <see cref="CollaboratorOptions.SignInChecksPerMinute"/> checks a minute on this instance), and the claim a
/// collaborator's Direct Line token carries. Only accounts with the role <c>collaborator</c> open the area: staff of other
/// roles sign in at the console, never by typing their password into a chat or an SMS. Without Redis there are no
/// accounts (<see cref="Available"/> is false). Names and passwords are never logged or stored.
/// </summary>
public sealed class CollaboratorSignIn(OperatorAccountStore? accounts, IOptions<CollaboratorOptions> options, TimeProvider clock) : IDisposable
{
    public const int MaxNameLength = 64;
    public const int MaxPasswordLength = 256;

    private readonly FixedWindowRateLimiter _checks = new(new FixedWindowRateLimiterOptions
    {
        PermitLimit = options.Value.SignInChecksPerMinute,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    });

    public bool Available => accounts is not null;

    /// <summary>
    /// Checks a typed name and password: null when too many were checked this minute (nothing was checked, nothing
    /// counted); otherwise the outcome, with the account on success. A right password for a staff account of another
    /// role is <see cref="LoginOutcome.Invalid"/>, as if it were wrong.
    /// </summary>
    public async Task<(LoginOutcome Outcome, OperatorAccount? Account)?> TrySignInAsync(string? name, string? password, CancellationToken cancellationToken = default)
    {
        using var lease = _checks.AttemptAcquire();
        if (!lease.IsAcquired)
        {
            return null;
        }
        var normalised = name?.Trim().ToLowerInvariant();
        if (accounts is null || normalised is not { Length: > 0 and <= MaxNameLength } || password is not { Length: > 0 and <= MaxPasswordLength })
        {
            return (LoginOutcome.Invalid, null);
        }
        var (outcome, account) = await accounts.SignInAsync(normalised, password, cancellationToken);
        return outcome == LoginOutcome.Success && account!.Role != OperatorRoles.Collaborator
            ? (LoginOutcome.Invalid, null)
            : (outcome, account);
    }

    /// <summary>
    /// The collaborator account <paramref name="claim"/> names, if it still vouches for it: it exists, has the
    /// collaborator role, is neither disabled nor locked out, and its stamp has not changed (no sign-out, password
    /// change or disable since). Otherwise null.
    /// </summary>
    public async Task<OperatorAccount?> AccountOfAsync(CollaboratorClaim claim, CancellationToken cancellationToken = default)
    {
        var account = accounts is null ? null : await accounts.GetByIdAsync(claim.AccountId, cancellationToken);
        return account is { Role: OperatorRoles.Collaborator, Disabled: false }
            && account.Stamp == claim.Stamp
            && !(account.LockedUntil is { } until && until > clock.GetUtcNow())
                ? account
                : null;
    }

    public void Dispose() => _checks.Dispose();
}

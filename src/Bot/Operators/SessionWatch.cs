using Microsoft.AspNetCore.Authentication;

namespace HotlineBot.Operators;

/// <summary>
/// Keeps a long-lived console stream honest: it ends when the session that opened it does — signed out (which
/// changes the account's stamp), account reset or removed, or idle past the cookie's expiry (the page then reconnects
/// with its renewed cookie, or is sent to sign in). Checked on every turn of the stream's loop.
/// </summary>
public sealed class SessionWatch(OperatorAccountStore accounts, TimeProvider clock, string name, string? stamp, DateTimeOffset? expires)
{
    public static async Task<SessionWatch> StartAsync(HttpContext http)
    {
        var session = await http.AuthenticateAsync(ConsoleServices.Scheme);
        return new SessionWatch(
            http.RequestServices.GetRequiredService<OperatorAccountStore>(),
            http.RequestServices.GetRequiredService<TimeProvider>(),
            http.User.Identity?.Name ?? "",
            http.User.FindFirst(ConsoleUser.StampClaim)?.Value,
            session.Properties?.ExpiresUtc);
    }

    public async Task<bool> IsLiveAsync(CancellationToken cancellationToken = default)
    {
        if (expires is { } end && clock.GetUtcNow() >= end)
        {
            return false;
        }
        var account = await accounts.GetAsync(name, cancellationToken);
        return account is not null && account.Stamp == stamp;
    }
}

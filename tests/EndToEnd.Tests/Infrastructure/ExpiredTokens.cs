using HotlineBot.Channels.DirectLine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HotlineBot.EndToEnd.Infrastructure;

/// <summary>Tokens signed with the test key whose expiry has already passed.</summary>
public static class ExpiredTokens
{
    public static string For(string conversationId)
    {
        var lastHour = new FixedClock(DateTimeOffset.UtcNow.AddHours(-1));
        var service = new TokenService(Options.Create(new DirectLineOptions { TokenSigningKey = HotlineServer.SigningKey }), lastHour, NullLogger<TokenService>.Instance);
        return service.Mint(conversationId, "citizen");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

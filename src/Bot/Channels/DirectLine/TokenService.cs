using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HotlineBot.Activities;
using Microsoft.Extensions.Options;

namespace HotlineBot.Channels.DirectLine;

/// <summary>
/// Mints and checks our own Direct Line tokens: <c>base64url(payload).base64url(HMAC-SHA256(payload))</c>,
/// the payload naming the conversation, the user and the expiry — and, for a token the console issued to a signed-in
/// collaborator, the account id and stamp (<see cref="CollaboratorClaim"/>). No server-side token store is needed.
/// </summary>
public sealed class TokenService
{
    private readonly byte[] _key;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _lifetime;

    public TokenService(IOptions<DirectLineOptions> options, TimeProvider clock, ILogger<TokenService> log)
    {
        _clock = clock;
        _lifetime = options.Value.TokenLifetime;
        if (string.IsNullOrEmpty(options.Value.TokenSigningKey))
        {
            log.LogWarning("DirectLine:TokenSigningKey is not set: using a random key. Tokens will not survive a restart or work across instances");
            _key = RandomNumberGenerator.GetBytes(32);
        }
        else
        {
            _key = Encoding.UTF8.GetBytes(options.Value.TokenSigningKey);
        }
    }

    public TimeSpan Lifetime => _lifetime;

    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static string NewUserId() => "dl_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));

    /// <summary>A token for one conversation and user; <paramref name="collaborator"/> carries a signed-in collaborator on.</summary>
    public string Mint(string conversationId, string userId, CollaboratorClaim? collaborator = null)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(
            new TokenPayload(conversationId, userId, (_clock.GetUtcNow() + _lifetime).ToUnixTimeSeconds(), collaborator?.AccountId, collaborator?.Stamp),
            DirectLineJson.Default.TokenPayload);
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key, payload));
    }

    /// <summary>The token's grant, or why it is refused.</summary>
    public TokenCheck Check(string token)
    {
        var dot = token.IndexOf('.');
        if (dot <= 0 || token.Length > 1024)
        {
            return TokenCheck.Invalid;
        }
        byte[] payload, signature;
        try
        {
            payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return TokenCheck.Invalid;
        }
        if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_key, payload)))
        {
            return TokenCheck.Invalid;
        }
        var claims = JsonSerializer.Deserialize(payload, DirectLineJson.Default.TokenPayload);
        if (claims is null)
        {
            return TokenCheck.Invalid;
        }
        var expires = DateTimeOffset.FromUnixTimeSeconds(claims.Exp);
        return expires <= _clock.GetUtcNow()
            ? TokenCheck.Expired
            : new TokenCheck(new DirectLineToken(claims.Conv, claims.User, expires,
                claims.Collab is { Length: > 0 } id && claims.Stamp is { Length: > 0 } stamp ? new CollaboratorClaim(id, stamp) : null), null);
    }

    internal sealed record TokenPayload(string Conv, string User, long Exp, string? Collab = null, string? Stamp = null);
}

/// <summary>Result of checking a token: a grant, or a refusal reason ("invalid" or "expired").</summary>
public sealed record TokenCheck(DirectLineToken? Token, string? Refusal)
{
    public static readonly TokenCheck Invalid = new(null, "invalid");
    public static readonly TokenCheck Expired = new(null, "expired");
}

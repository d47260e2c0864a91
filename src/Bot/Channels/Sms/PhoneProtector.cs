using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// The only code that handles a phone number: it names a conversation by a keyed hash of the number (HMAC-SHA256)
/// and stores the number itself only encrypted (AES-256-GCM, random nonce), so neither Redis nor logs hold it in clear.
/// </summary>
public sealed class PhoneProtector
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private readonly byte[] _hashKey;
    private readonly byte[] _encryptionKey;

    public PhoneProtector(IOptions<SmsOptions> options)
        : this(Convert.FromBase64String(options.Value.PhoneHashKey), Convert.FromBase64String(options.Value.EncryptionKey))
    {
    }

    public PhoneProtector(byte[] hashKey, byte[] encryptionKey)
    {
        _hashKey = hashKey;
        _encryptionKey = encryptionKey;
    }

    /// <summary>"sms-" and 32 hex digits: stable for a number, meaningless without the key.</summary>
    public string ConversationId(string phoneNumber) =>
        "sms-" + Convert.ToHexStringLower(HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(phoneNumber.Trim())), 0, 16);

    public string Encrypt(string phoneNumber)
    {
        var plain = Encoding.UTF8.GetBytes(phoneNumber.Trim());
        var sealed_ = new byte[NonceBytes + TagBytes + plain.Length];
        var nonce = sealed_.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, TagBytes);
        aes.Encrypt(nonce, plain, sealed_.AsSpan(NonceBytes + TagBytes), sealed_.AsSpan(NonceBytes, TagBytes));
        return Convert.ToBase64String(sealed_);
    }

    /// <exception cref="CryptographicException">The value was not sealed with this key, or was changed.</exception>
    public string Decrypt(string encrypted)
    {
        var sealed_ = Convert.FromBase64String(encrypted);
        if (sealed_.Length < NonceBytes + TagBytes)
        {
            throw new CryptographicException("Sealed value too short");
        }
        var plain = new byte[sealed_.Length - NonceBytes - TagBytes];
        using var aes = new AesGcm(_encryptionKey, TagBytes);
        aes.Decrypt(sealed_.AsSpan(0, NonceBytes), sealed_.AsSpan(NonceBytes + TagBytes), sealed_.AsSpan(NonceBytes, TagBytes), plain);
        return Encoding.UTF8.GetString(plain);
    }
}

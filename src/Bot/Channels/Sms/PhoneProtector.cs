using System.Security.Cryptography;
using System.Text;
using HotlineBot.Referral.Privacy;
using Microsoft.Extensions.Options;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// The only code that handles a phone number: it names a conversation by a keyed hash of the number (HMAC-SHA256)
/// and stores the number itself only encrypted (<see cref="FieldCipher"/>), so neither Redis nor logs hold it in clear.
/// </summary>
public sealed class PhoneProtector
{
    private const string Purpose = "sms-phone";
    private readonly byte[] _hashKey;
    private readonly FieldCipher _cipher;

    public PhoneProtector(IOptions<SmsOptions> options)
        : this(Convert.FromBase64String(options.Value.PhoneHashKey), Convert.FromBase64String(options.Value.EncryptionKey))
    {
    }

    public PhoneProtector(byte[] hashKey, byte[] encryptionKey)
    {
        _hashKey = hashKey;
        _cipher = new FieldCipher(encryptionKey);
    }

    /// <summary>"sms-" and 32 hex digits: stable for a number, meaningless without the key.</summary>
    public string ConversationId(string phoneNumber) =>
        "sms-" + Convert.ToHexStringLower(HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(phoneNumber.Trim())), 0, 16);

    public string Encrypt(string phoneNumber) => _cipher.Encrypt(phoneNumber.Trim(), Purpose);

    /// <exception cref="CryptographicException">The value was not sealed with this key, or was changed.</exception>
    public string Decrypt(string encrypted) => _cipher.Decrypt(encrypted, Purpose);
}

using System.Security.Cryptography;
using System.Text;

namespace HotlineBot.Referral.Privacy;

/// <summary>
/// AES-256-GCM for personal data at rest (case phones and notes, SMS numbers): the one place HotlineBot encrypts.
/// Output: <c>v1:</c> + base64(nonce ‖ tag ‖ ciphertext), with a random nonce. The associated data binds a ciphertext
/// to what it belongs to (a case id, a purpose), so one copied elsewhere does not decrypt.
/// </summary>
public sealed class FieldCipher
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    // Setting up AES-GCM costs more than encrypting a message; an instance is not thread-safe: one per thread.
    private readonly ThreadLocal<AesGcm> _aes;

    /// <param name="base64Key">32 bytes, base64.</param>
    /// <param name="setting">The configuration key it came from, named in the error if it is wrong.</param>
    public FieldCipher(string base64Key, string setting = "Referral:EncryptionKey")
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64Key);
        }
        catch (FormatException)
        {
            throw new ArgumentException($"{setting} must be base64 (32 bytes)");
        }
        _key = key.Length == 32 ? key : throw new ArgumentException($"{setting} must decode to 32 bytes (AES-256)");
        _aes = new(() => new AesGcm(_key, TagSize));
    }

    public FieldCipher(byte[] key)
    {
        _key = key.Length == 32 ? key.ToArray() : throw new ArgumentException("An AES-256 key must be 32 bytes");
        _aes = new(() => new AesGcm(_key, TagSize));
    }

    public string Encrypt(string plaintext, string associatedData)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        _aes.Value!.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(associatedData));
        return "v1:" + Convert.ToBase64String(output);
    }

    /// <summary>Throws <see cref="CryptographicException"/> on a wrong key, tampering or a different case id.</summary>
    public string Decrypt(string stored, string associatedData)
    {
        if (!stored.StartsWith("v1:", StringComparison.Ordinal))
        {
            throw new CryptographicException("unknown ciphertext format");
        }
        var data = Convert.FromBase64String(stored[3..]);
        if (data.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("ciphertext too short");
        }
        var plain = new byte[data.Length - NonceSize - TagSize];
        _aes.Value!.Decrypt(data.AsSpan(0, NonceSize), data.AsSpan(NonceSize + TagSize), data.AsSpan(NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(associatedData));
        return Encoding.UTF8.GetString(plain);
    }
}

using HotlineBot.Referral.Cases;
using HotlineBot.Referral.Privacy;
using Microsoft.Extensions.Options;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// What waits in the SMS inbox and outbox is sealed: the text AES-GCM-encrypted with the case key
/// (<c>Referral:EncryptionKey</c>, <see cref="FieldCipher"/>) and bound to its message (MessageSid or outbox id), so
/// neither Redis nor its append-only file — which keeps every write until it is rewritten — holds what a person wrote,
/// or what they were told, in clear. Texts queued before sealing (no <c>sealed:</c> mark) are read as they are.
/// </summary>
public sealed class SmsQueueSeal(IOptions<CaseOptions> keys)
{
    private const string Mark = "sealed:";
    private readonly FieldCipher _cipher = new(keys.Value.EncryptionKey);

    public string Seal(string text, string messageId) => Mark + _cipher.Encrypt(text, "sms-queue:" + messageId);

    /// <exception cref="System.Security.Cryptography.CryptographicException">Sealed with another key, or changed.</exception>
    public string Open(string stored, string messageId) =>
        stored.StartsWith(Mark, StringComparison.Ordinal) ? _cipher.Decrypt(stored[Mark.Length..], "sms-queue:" + messageId) : stored;
}

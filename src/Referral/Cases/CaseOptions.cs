using System.ComponentModel.DataAnnotations;

namespace HotlineBot.Referral.Cases;

/// <summary>Configuration section <c>Referral</c>.</summary>
public sealed class CaseOptions
{
    public const string Section = "Referral";

    /// <summary>AES-256-GCM key for phone numbers and notes: 32 bytes, base64. Never commit a production key.</summary>
    [Required]
    public string EncryptionKey { get; set; } = "";

    /// <summary>How long a case (personal data) is kept in Redis after its last change.</summary>
    public TimeSpan CaseRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>A claim not acted on (contacted, released) within this time returns the case to the queue.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(5);
}

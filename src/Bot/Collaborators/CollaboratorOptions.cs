using System.ComponentModel.DataAnnotations;

namespace HotlineBot.Collaborators;

/// <summary>
/// The <c>Collaborators</c> configuration section: how a conversation opens the collaborator area with a collaborator
/// account (<c>add-user --role collaborator</c>). The account's own lockout (<c>Console:MaxFailedLogins</c>) applies too.
/// </summary>
public sealed class CollaboratorOptions
{
    public const string Section = "Collaborators";

    /// <summary>Failed sign-ins allowed per conversation (any account names) before the area is locked for <see cref="LockoutDuration"/>.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>How long a conversation stays locked after <see cref="MaxAttempts"/> failed sign-ins.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Password checks allowed per minute on one instance, across all conversations: bounds guessing from many new
    /// conversations and the CPU the deliberately slow hash costs.
    /// </summary>
    [Range(1, 10_000)]
    public int SignInChecksPerMinute { get; set; } = 60;

    /// <summary>How long a conversation stays open after a sign-in in chat (kept in conversation state, so it survives a restart).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan UnlockDuration { get; set; } = TimeSpan.FromHours(8);
}

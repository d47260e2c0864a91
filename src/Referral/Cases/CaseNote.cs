namespace HotlineBot.Referral.Cases;

/// <summary>An operator's note on a case (stored encrypted; shown decrypted to whoever may read the case).</summary>
public sealed record CaseNote(DateTimeOffset At, string Who, string Text);

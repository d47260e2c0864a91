namespace HotlineBot.Referral.Directory;

/// <summary>One problem in an import file; <see cref="ToString"/> is <c>file:line: message</c>.</summary>
public sealed record ImportError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

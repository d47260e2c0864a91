namespace HotlineBot.Content;

/// <summary>
/// Discreet wording (DESIGN safety rule 4): inside a <see cref="Begin"/> scope, <see cref="MessageTemplates"/> renders
/// <c>{id}.discreet</c> instead of <c>{id}</c> wherever helpline staff wrote one. The scope flows with the async call
/// (the SMS adapter opens it around a turn of a conversation in discreet mode), so dialogs need not know about it;
/// the SMS renderer's <c>DiscreetRewriter</c> is the safety net for every text without a discreet variant.
/// </summary>
public static class DiscreetMessages
{
    public const string Suffix = ".discreet";

    private static readonly AsyncLocal<bool> Active = new();

    /// <summary>True inside a <see cref="Begin"/> scope on this async flow.</summary>
    public static bool IsActive => Active.Value;

    /// <summary>Discreet variants until the returned scope is disposed (nesting restores the outer setting).</summary>
    public static IDisposable Begin(bool discreet = true)
    {
        var outer = Active.Value;
        Active.Value = discreet;
        return new Scope(outer);
    }

    private sealed class Scope(bool outer) : IDisposable
    {
        public void Dispose() => Active.Value = outer;
    }
}

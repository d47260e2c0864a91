namespace HotlineBot.Knowledge;

/// <summary>Whom a fine amount is for (<c>applies_to:</c>).</summary>
public enum FineAppliesTo
{
    Individual,
    Organisation,
}

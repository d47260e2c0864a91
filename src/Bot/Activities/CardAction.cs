namespace HotlineBot.Activities;

/// <summary>A button. HotlineBot uses imBack (value is sent back as the user's text).</summary>
public sealed record CardAction(string Type, string Title, string? Value = null)
{
    public static CardAction ImBack(string title) => new("imBack", title, title);
}

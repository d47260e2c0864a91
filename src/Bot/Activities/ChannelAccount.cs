namespace HotlineBot.Activities;

/// <summary>A participant: <c>{id, name?, role?}</c>; role is "user" or "bot".</summary>
public sealed record ChannelAccount(string Id, string? Name = null, string? Role = null)
{
    public static readonly ChannelAccount Bot = new("hotlinebot", "HotlineBot", "bot");
}

namespace HotlineBot.Content;

/// <summary>The main-menu entries the bot knows how to route; dialogs/menu.yaml must label every one.</summary>
public static class MenuIds
{
    public const string Danger = "danger";
    public const string Counselling = "counselling";
    public const string Legal = "legal";
    public const string Shelter = "shelter";
    public const string Collaborator = "collaborator";
    public const string Human = "human";

    public static IReadOnlyList<string> All { get; } = [Danger, Counselling, Legal, Shelter, Collaborator, Human];
}

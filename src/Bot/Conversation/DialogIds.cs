namespace HotlineBot.Conversation;

/// <summary>Ids of the bot's dialogs and prompts.</summary>
public static class DialogIds
{
    public const string MainMenu = "main-menu";
    public const string Intake = "intake";
    public const string Emergency = "emergency";
    public const string DangerAssessment = "danger-assessment";
    public const string DangerAnswer = "danger-answer";
    public const string Choice = "choice";
    public const string Confirm = "confirm";
    public const string Text = "text";
    public const string Location = "location";
    public const string Collaborator = "collaborator";
    public const string CollaboratorChoice = "collaborator-choice";
    public const string WhereAreYou = "where-are-you";
    public const string EmergencyNearby = "emergency-nearby";
    public const string Shelter = "shelter";
    public const string ShelterNearby = "shelter-nearby";
    public const string Handoff = "handoff";
    public const string MenuChoice = "menu-choice";
    public const string LegalQuestion = "legal-question";
    public const string HandoffCancel = "handoff-cancel";
    public const string SecretText = "secret-text";
}

namespace HotlineBot.Content;

/// <summary>
/// One yes/no question of the danger assessment (dialogs/danger-assessment.yaml). A yes adds <see cref="Weight"/>
/// to the score; a yes to a <see cref="Critical"/> question makes the result high whatever the score.
/// <see cref="Id"/> is stable: it names the answer in stored results and the reason ("da:{id}").
/// </summary>
public sealed record DangerQuestion(string Id, string Text, int Weight, bool Critical);

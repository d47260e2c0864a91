namespace HotlineBot.Content;

/// <summary>
/// The danger assessment as helpline staff wrote it: the questions in the order asked, and the scores from which a
/// result is low, medium or high (a score of 0 is none).
/// </summary>
public sealed record DangerQuestionnaire(IReadOnlyList<DangerQuestion> Questions, int LowFrom, int MediumFrom, int HighFrom)
{
    public DangerQuestion? Find(string id) => Questions.FirstOrDefault(q => q.Id == id);
}
